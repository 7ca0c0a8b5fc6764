package dev.clinic.session.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class TreatmentSessionResourceTest {

    static final String SESSIONS = "/api/v1/sessions";
    static final String PROBLEM = "application/problem+json";
    /** The `sub` of the practitioner tokens below: a Keycloak user id, not the user name. */
    static final String PRACTITIONER_SUB = "3f1c2b4a-9d8e-4f7a-b6c5-d4e3f2a1b0c9";

    static Map<String, Object> dryNeedling(String patientId) {
        Map<String, Object> body = new HashMap<>();
        body.put("patientId", patientId);
        body.put("modality", "DRY_NEEDLING");
        body.put("startedAt", "2026-03-04T14:00:00Z");
        body.put("endedAt", "2026-03-04T14:30:00Z");
        body.put("subjective", "Right-sided headache for 3 days.");
        body.put("objective", "Trigger points in right upper trapezius.");
        body.put("assessment", "Myofascial pain, cervicogenic headache.");
        body.put("plan", "Weekly for 4 weeks.");
        body.put("painBefore", 7);
        body.put("painAfter", 3);
        return body;
    }

    static Map<String, Object> massage(String patientId, String technique) {
        Map<String, Object> body = new HashMap<>();
        body.put("patientId", patientId);
        body.put("modality", "MASSAGE");
        body.put("massageTechnique", technique);
        body.put("startedAt", "2026-03-04T15:00:00Z");
        return body;
    }

    static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(SESSIONS)
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    @TestSecurity(user = "needling-northside", roles = "practitioner")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = "northside"), @Claim(key = "sub", value = PRACTITIONER_SUB) })
    void practitionerRecordsAndReadsADraft() {
        String patient = UUID.randomUUID().toString();
        Response created = given().contentType(ContentType.JSON).body(dryNeedling(patient))
                .when().post(SESSIONS)
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("status", equalTo("DRAFT"))
                .body("patientId", equalTo(patient))
                .body("practitionerId", equalTo(PRACTITIONER_SUB))
                .body("modality", equalTo("DRY_NEEDLING"))
                .body("massageTechnique", nullValue())
                .body("startedAt", equalTo("2026-03-04T14:00:00Z"))
                .body("endedAt", equalTo("2026-03-04T14:30:00Z"))
                .body("subjective", equalTo("Right-sided headache for 3 days."))
                .body("painBefore", equalTo(7))
                .body("painAfter", equalTo(3))
                .body("createdAt", notNullValue())
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(SESSIONS + "/" + id);

        given().when().get(SESSIONS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("status", equalTo("DRAFT"))
                .body("practitionerId", equalTo(PRACTITIONER_SUB))
                .body("plan", equalTo("Weekly for 4 weeks."));
    }

    @Test
    @TestSecurity(user = "massage-northside", roles = "practitioner")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = "northside"), @Claim(key = "sub", value = PRACTITIONER_SUB) })
    void massageNamesItsTechniqueAndMayStillBeRunning() {
        String id = create(massage(UUID.randomUUID().toString(), "MYOFASCIAL_RELEASE"));
        given().when().get(SESSIONS + "/" + id)
                .then().statusCode(200)
                .body("modality", equalTo("MASSAGE"))
                .body("massageTechnique", equalTo("MYOFASCIAL_RELEASE"))
                .body("endedAt", nullValue())
                .body("subjective", nullValue())
                .body("painBefore", nullValue());
    }

    @Test
    @TestSecurity(user = "needling-northside", roles = "practitioner")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = "northside"), @Claim(key = "sub", value = PRACTITIONER_SUB) })
    void serverOwnedFieldsInTheBodyAreIgnoredAndTyposRejected() {
        Map<String, Object> body = dryNeedling(UUID.randomUUID().toString());
        String sentId = UUID.randomUUID().toString();
        body.putAll(Map.of("id", sentId, "status", "SIGNED", "version", 9, "signedAt", "2026-03-04T15:00:00Z",
                "clinicId", "harbour"));
        given().contentType(ContentType.JSON).body(body)
                .when().post(SESSIONS)
                .then().statusCode(201)
                .body("id", not(equalTo(sentId)))
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(0));

        Map<String, Object> typo = dryNeedling(UUID.randomUUID().toString());
        typo.put("painBefor", 5);
        given().contentType(ContentType.JSON).body(typo)
                .when().post(SESSIONS)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("painBefor"));
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "modality         | ACUPUNCTURE          | must be one of: DRY_NEEDLING, MASSAGE",
            "massageTechnique | SWEDISH              | must be absent when modality is DRY_NEEDLING",
            "massageTechnique | SHIATSU              | must be one of: CRANIOSACRAL, MYOFASCIAL_RELEASE, NEUROMUSCULAR, SWEDISH",
            "endedAt          | 2026-03-04T13:59:59Z | must be after startedAt",
            "endedAt          | 2026-03-04T14:00:00Z | must be after startedAt",
            "startedAt        | yesterday            | must be a valid instant (e.g. 2026-03-04T09:30:00Z)",
            "patientId        | not-a-uuid           | must be a valid UUID",
            "painBefore       | 11                   | must be less than or equal to 10",
            "painAfter        | -1                   | must be greater than or equal to 0",
    })
    @TestSecurity(user = "needling-northside", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void invalidFieldIsNamed(String field, String value, String message) {
        Map<String, Object> body = dryNeedling(UUID.randomUUID().toString());
        // numbers travel as JSON numbers: the API does not coerce "11" into 11
        body.put(field, value.matches("-?\\d+") ? (Object) Integer.valueOf(value) : value);
        given().contentType(ContentType.JSON).body(body)
                .when().post(SESSIONS)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/validation-failed"))
                .body("errors.field", equalTo(List.of(field)))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    @TestSecurity(user = "massage-northside", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void massageWithoutTechniqueAndOverlongNotesAreNamed() {
        Map<String, Object> body = massage(UUID.randomUUID().toString(), null);
        body.remove("massageTechnique");
        body.put("endedAt", "2026-03-04T14:00:00Z");
        given().contentType(ContentType.JSON).body(body)
                .when().post(SESSIONS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("massageTechnique", "endedAt"))
                .body("errors.message", hasItem("is required when modality is MASSAGE"));

        Map<String, Object> verbose = dryNeedling(UUID.randomUUID().toString());
        verbose.put("subjective", "x".repeat(10_001));
        verbose.put("plan", "x".repeat(10_001));
        verbose.put("assessment", "x".repeat(10_000));
        given().contentType(ContentType.JSON).body(verbose)
                .when().post(SESSIONS)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("plan", "subjective")));
    }

    @Test
    @TestSecurity(user = "needling-northside", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void missingRequiredFieldsAreAllNamed() {
        given().contentType(ContentType.JSON).body(Map.of("subjective", "Only a note"))
                .when().post(SESSIONS)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItems("patientId", "modality", "startedAt"));
    }

    @Test
    @TestSecurity(user = "needling-northside", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void unknownSessionIs404Problem() {
        UUID id = UUID.randomUUID();
        given().when().get(SESSIONS + "/" + id)
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("detail", equalTo("Session " + id + " was not found"));
    }

    @Test
    void anonymousCallerGets401Problem() {
        given().when().get(SESSIONS)
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://clinic.dev/problems/unauthorized"));
        given().when().get(SESSIONS + "/" + UUID.randomUUID()).then().statusCode(401).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(dryNeedling(UUID.randomUUID().toString()))
                .when().post(SESSIONS).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "stray", roles = "practitioner")
    void tokenWithoutClinicIsForbiddenEverywhere() {
        given().when().get(SESSIONS)
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("detail", equalTo("The access token carries no clinic_id claim, so it belongs to no clinic"));
        given().when().get(SESSIONS + "/" + UUID.randomUUID()).then().statusCode(403);
        given().contentType(ContentType.JSON).body(dryNeedling(UUID.randomUUID().toString()))
                .when().post(SESSIONS).then().statusCode(403);
    }

    /** Front-desk books appointments but never reads clinical notes. */
    @Test
    @TestSecurity(user = "frontdesk-northside", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void frontDeskGetsNoSessionContent() {
        forbiddenEverywhere();
    }

    /** A patient reading their own sessions comes later; until then none. */
    @Test
    @TestSecurity(user = "patient-northside", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = "northside"),
            @Claim(key = "patient_id", value = "00000000-0000-0000-0000-000000000001") })
    void patientGetsNoSessionsYet() {
        forbiddenEverywhere();
        given().when().get(SESSIONS + "?patientId=00000000-0000-0000-0000-000000000001").then().statusCode(403);
    }

    /** Admins and integrators read every session of their clinic, but only a practitioner records one. */
    @Test
    @TestSecurity(user = "admin-northside", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void adminReadsButDoesNotRecord() {
        given().when().get(SESSIONS).then().statusCode(200);
        given().contentType(ContentType.JSON).body(dryNeedling(UUID.randomUUID().toString()))
                .when().post(SESSIONS)
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/forbidden"));
    }

    @Test
    @TestSecurity(user = "ehr-sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void integratorReadsButDoesNotRecord() {
        given().when().get(SESSIONS).then().statusCode(200);
        given().contentType(ContentType.JSON).body(dryNeedling(UUID.randomUUID().toString()))
                .when().post(SESSIONS)
                .then().statusCode(403)
                .contentType(PROBLEM);
    }

    private static void forbiddenEverywhere() {
        given().when().get(SESSIONS)
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/forbidden"));
        given().when().get(SESSIONS + "/" + UUID.randomUUID()).then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(dryNeedling(UUID.randomUUID().toString()))
                .when().post(SESSIONS).then().statusCode(403).contentType(PROBLEM);
    }
}
