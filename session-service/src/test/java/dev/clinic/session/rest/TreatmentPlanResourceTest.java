package dev.clinic.session.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.clinic.session.client.FakeNeighbours;
import dev.clinic.session.client.Neighbours;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Every answer each treatment-plan operation documents, per role. */
@QuarkusTest
class TreatmentPlanResourceTest {

    static final String PLANS = "/api/v1/treatment-plans";
    static final String PROBLEM = "application/problem+json";
    static final String CLINIC = "plan-clinic";
    static final String PRACTITIONER_SUB = "6a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    static final String OWN_PATIENT = "00000000-0000-0000-0000-0000000000a1";

    @Inject
    DataSource db;

    static Map<String, Object> plan(String patientId) {
        Map<String, Object> body = new HashMap<>();
        body.put("patientId", patientId);
        body.put("modality", "DRY_NEEDLING");
        body.put("goals", List.of("Halve headache days within 4 weeks"));
        body.put("diagnosisCodes", List.of("G44.209", "M79.18"));
        body.put("startDate", "2026-03-02");
        return body;
    }

    static Response create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(PLANS)
                .then().statusCode(201).extract().response();
    }

    UUID seeded(String clinic, String patient) throws SQLException {
        return TreatmentPlanRows.plan(db, clinic, UUID.fromString(patient), "DRY_NEEDLING",
                LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-30"), "ACTIVE");
    }

    // ---- create ----

    @Test
    @TestSecurity(user = "needling-plans", roles = "practitioner")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "sub", value = PRACTITIONER_SUB) })
    void practitionerStartsAPlanWithTheFourWeekRoadmap() {
        String patient = UUID.randomUUID().toString();
        Response created = create(plan(patient));
        String id = created.path("id");
        assertThat(created.header("Location")).isEqualTo(PLANS + "/" + id);
        given().when().get(PLANS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("patientId", equalTo(patient))
                .body("practitionerId", equalTo(FakeNeighbours.PRACTITIONER.toString()))
                .body("modality", equalTo("DRY_NEEDLING"))
                .body("goals", equalTo(List.of("Halve headache days within 4 weeks")))
                .body("diagnosisCodes", equalTo(List.of("G44.209", "M79.18")))
                .body("plannedSessions", equalTo(4))
                .body("sessionsPerWeek", equalTo(1))
                .body("startDate", equalTo("2026-03-02"))
                .body("reviewDate", equalTo("2026-03-30"))
                .body("status", equalTo("ACTIVE"))
                .body("progress.sessionsSigned", equalTo(0))
                .body("progress.sessionsRemaining", equalTo(4))
                .body("progress.nextReviewDue", equalTo("2026-03-30"));
    }

    @Test
    @TestSecurity(user = "needling-plans", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void aNewPlanIsActiveWhateverStatusIsSentAndDerivedValuesAreIgnored() {
        Map<String, Object> body = plan(UUID.randomUUID().toString());
        body.putAll(Map.of("status", "COMPLETED", "practitionerId", "someone-else", "id", UUID.randomUUID().toString(),
                "progress", Map.of("sessionsSigned", 9), "version", 7));
        create(body).then()
                .body("status", equalTo("ACTIVE"))
                .body("practitionerId", equalTo(FakeNeighbours.PRACTITIONER.toString()))
                .body("version", equalTo(0))
                .body("progress.sessionsSigned", equalTo(0));
    }

    @Test
    @TestSecurity(user = "needling-plans", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void aPlanNeedsAPatientOfTheClinicAPractitionerRecordAndTheOtherServices() {
        long before = TreatmentPlanRows.count(db, CLINIC);
        given().contentType(ContentType.JSON).body(plan(FakeNeighbours.UNKNOWN.toString())).when().post(PLANS)
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/not-found"))
                .body("errors.field", equalTo(List.of("patientId")));
        given().contentType(ContentType.JSON).body(plan(FakeNeighbours.BROKEN.toString())).when().post(PLANS)
                .then().statusCode(503).contentType(PROBLEM);
        Neighbours.practitionerMissing(true);
        try {
            given().contentType(ContentType.JSON).body(plan(UUID.randomUUID().toString())).when().post(PLANS)
                    .then().statusCode(409).contentType(PROBLEM)
                    .body("type", equalTo("https://clinic.dev/problems/practitioner-record-missing"));
        } finally {
            Neighbours.practitionerMissing(false);
        }
        assertThat(TreatmentPlanRows.count(db, CLINIC)).as("nothing stored").isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "diagnosisCodes    | g44.209      | diagnosisCodes[0]",
            "diagnosisCodes    | G44209       | diagnosisCodes[0]",
            "diagnosisCodes    | DUP          | diagnosisCodes[1]",
            "plannedSessions   | 0            | plannedSessions",
            "plannedSessions   | 53           | plannedSessions",
            "sessionsPerWeek   | 8            | sessionsPerWeek",
            "sessionsPerWeek   | 0            | sessionsPerWeek",
            "reviewDate        | 2026-03-01   | reviewDate",
            "startDate         | 2026-02-30   | startDate",
            "modality          | ACUPUNCTURE  | modality",
            "patientId         | not-a-uuid   | patientId",
            "goals             | BLANK        | goals[0]",
            "plannedSesions    | 4            | plannedSesions",
    })
    @TestSecurity(user = "needling-plans", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void anInvalidFieldIsNamed(String field, String value, String named) {
        Map<String, Object> body = plan(UUID.randomUUID().toString());
        Object json = switch (value) {
            case "BLANK" -> List.of(" ");
            case "DUP" -> List.of("G44.209", "G44.209");
            default -> field.equals("diagnosisCodes") ? List.of(value)
                    : value.matches("\\d+") ? (Object) Integer.valueOf(value) : value;
        };
        body.put(field, json);
        given().contentType(ContentType.JSON).body(body)
                .when().post(PLANS)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/validation-failed"))
                .body("errors.field", equalTo(List.of(named)));
    }

    @Test
    @TestSecurity(user = "needling-plans", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void missingRequiredFieldsAreAllNamed() {
        given().contentType(ContentType.JSON).body(Map.of("goals", List.of("Sleep better")))
                .when().post(PLANS)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("modality", "patientId", "startDate")));
    }

    @Test
    @TestSecurity(user = "needling-plans", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void aRepeatedCreateAnswersTheFirstPlanAndAnotherBodyIs422() {
        String patient = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(plan(patient))
                .when().post(PLANS).then().statusCode(201).extract().response();
        Response again = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(plan(patient))
                .when().post(PLANS).then().statusCode(201).header("Idempotent-Replayed", "true").extract().response();
        assertThat((String) again.path("id")).isEqualTo(first.path("id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));

        Map<String, Object> changed = plan(patient);
        changed.put("plannedSessions", 6);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(changed)
                .when().post(PLANS)
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/idempotency-key-reused"));
        given().when().get(PLANS + "?patientId=" + patient)
                .then().statusCode(200).body("items.id", equalTo(List.of((String) first.path("id"))));
    }

    // ---- replace ----

    @Test
    @TestSecurity(user = "needling-plans", roles = "practitioner")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "sub", value = PRACTITIONER_SUB) })
    void aPractitionerReplacesAPlanWithIfMatch() {
        String patient = UUID.randomUUID().toString();
        Map<String, Object> body = plan(patient);
        body.put("plannedSessions", 8);
        body.put("sessionsPerWeek", 2);
        String id = create(body).path("id");

        // a read-modify-write: what was read goes back, with one change
        Map<String, Object> read = given().when().get(PLANS + "/" + id).then().statusCode(200).extract().path("$");
        read.put("goals", List.of("Halve headache days", "Turn the head fully"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(read)
                .when().put(PLANS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("goals", equalTo(List.of("Halve headache days", "Turn the head fully")))
                .body("plannedSessions", equalTo(8))
                .body("status", equalTo("ACTIVE"));

        // the whole plan: what is left out takes its default again
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(plan(patient))
                .when().put(PLANS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("plannedSessions", equalTo(4))
                .body("sessionsPerWeek", equalTo(1))
                .body("goals", equalTo(List.of("Halve headache days within 4 weeks")));

        // a stale version writes nothing
        Map<String, Object> stale = plan(patient);
        stale.put("plannedSessions", 12);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(stale)
                .when().put(PLANS + "/" + id)
                .then().statusCode(412)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/precondition-failed"));
        given().when().get(PLANS + "/" + id).then().body("plannedSessions", equalTo(4)).header("ETag", "\"2\"");
    }

    @Test
    @TestSecurity(user = "colleague", roles = "practitioner")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "sub", value = "colleague-sub") })
    void aColleagueMayReplaceAPlanWhichKeepsItsPractitioner() throws SQLException {
        String patient = UUID.randomUUID().toString();
        UUID id = seeded(CLINIC, patient);
        Map<String, Object> body = plan(patient);
        body.put("reviewDate", "2026-04-13");
        given().contentType(ContentType.JSON).body(body)
                .when().put(PLANS + "/" + id)
                .then().statusCode(200)
                .body("practitionerId", equalTo(TreatmentPlanRows.SEEDED_PRACTITIONER))
                .body("reviewDate", equalTo("2026-04-13"))
                .body("progress.nextReviewDue", equalTo("2026-04-13"));
    }

    @Test
    @TestSecurity(user = "needling-plans", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void thePatientAndModalityOfAPlanCannotChange() throws SQLException {
        String patient = UUID.randomUUID().toString();
        UUID id = seeded(CLINIC, patient);
        Map<String, Object> body = plan(UUID.randomUUID().toString());
        body.put("modality", "MASSAGE");
        given().contentType(ContentType.JSON).body(body)
                .when().put(PLANS + "/" + id)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("patientId", "modality")));
        // a patient the clinic does not have (unknown or another clinic's, alike): 404 naming the field
        given().contentType(ContentType.JSON).body(plan(FakeNeighbours.UNKNOWN.toString()))
                .when().put(PLANS + "/" + id)
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/not-found"))
                .body("errors.field", equalTo(List.of("patientId")));
        Map<String, Object> invalid = plan(patient);
        invalid.put("diagnosisCodes", List.of("G44.209", "headache"));
        given().contentType(ContentType.JSON).body(invalid)
                .when().put(PLANS + "/" + id)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("diagnosisCodes[1]")));
    }

    @Test
    @TestSecurity(user = "needling-plans", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void aCompletedPlanIsFinal() {
        String patient = UUID.randomUUID().toString();
        String id = create(plan(patient)).path("id");
        Map<String, Object> done = plan(patient);
        done.put("status", "COMPLETED");
        given().contentType(ContentType.JSON).body(done)
                .when().put(PLANS + "/" + id)
                .then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("progress.nextReviewDue", nullValue());
        // the same again is a safe retry
        given().contentType(ContentType.JSON).body(done)
                .when().put(PLANS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"");

        Map<String, Object> reopen = plan(patient);
        reopen.put("status", "ACTIVE");
        given().contentType(ContentType.JSON).body(reopen)
                .when().put(PLANS + "/" + id)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/treatment-plan-closed"))
                .body("planId", equalTo(id))
                .body("planStatus", equalTo("COMPLETED"))
                .body("requestedStatus", equalTo("ACTIVE"));
        Map<String, Object> edit = plan(patient);
        edit.put("plannedSessions", 6);
        given().contentType(ContentType.JSON).body(edit)
                .when().put(PLANS + "/" + id)
                .then().statusCode(409);
        Map<String, Object> discontinue = plan(patient);
        discontinue.put("status", "DISCONTINUED");
        given().contentType(ContentType.JSON).body(discontinue)
                .when().put(PLANS + "/" + id)
                .then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "needling-plans", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void anActivePlanMayBeDiscontinuedAndStatusLeftOutStays() {
        String patient = UUID.randomUUID().toString();
        String id = create(plan(patient)).path("id");
        Map<String, Object> body = plan(patient);
        body.put("goals", List.of("Sleep through the night"));
        given().contentType(ContentType.JSON).body(body).when().put(PLANS + "/" + id)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        body.put("status", "DISCONTINUED");
        given().contentType(ContentType.JSON).body(body).when().put(PLANS + "/" + id)
                .then().statusCode(200).body("status", equalTo("DISCONTINUED"));
    }

    // ---- not found, other clinic ----

    @Test
    @TestSecurity(user = "needling-plans", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void anUnknownPlanOrAnotherClinicsIs404() throws SQLException {
        UUID unknown = UUID.randomUUID();
        given().when().get(PLANS + "/" + unknown)
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("detail", equalTo("Treatment plan " + unknown + " was not found"));
        String patient = UUID.randomUUID().toString();
        UUID elsewhere = seeded("other-plan-clinic", patient);
        given().when().get(PLANS + "/" + elsewhere)
                .then().statusCode(404)
                .body("detail", equalTo("Treatment plan " + elsewhere + " was not found"));
        given().contentType(ContentType.JSON).body(plan(patient)).when().put(PLANS + "/" + elsewhere)
                .then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(plan(patient)).when().put(PLANS + "/" + unknown)
                .then().statusCode(404).contentType(PROBLEM);
        given().when().get(PLANS + "?patientId=" + patient + "&updatedSince=2000-01-01T00:00:00Z")
                .then().statusCode(200).body("items.id", not(hasItem(elsewhere.toString())));
    }

    // ---- roles ----

    @Test
    void anonymousCallerGets401Everywhere() {
        given().when().get(PLANS)
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().when().get(PLANS + "/" + UUID.randomUUID()).then().statusCode(401).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(plan(UUID.randomUUID().toString()))
                .when().post(PLANS).then().statusCode(401).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(plan(UUID.randomUUID().toString()))
                .when().put(PLANS + "/" + UUID.randomUUID()).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "stray", roles = "practitioner")
    void aTokenWithoutClinicIsForbiddenEverywhere() {
        forbiddenEverywhere();
    }

    /** Plans hold diagnoses: front desk never sees them. */
    @Test
    @TestSecurity(user = "frontdesk-plans", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void frontDeskIsForbiddenEverywhere() {
        forbiddenEverywhere();
    }

    @Test
    @TestSecurity(user = "admin-plans", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void anAdminReadsButDoesNotWrite() throws SQLException {
        readsButDoesNotWrite();
    }

    @Test
    @TestSecurity(user = "ehr-sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void anIntegratorReadsButDoesNotWrite() throws SQLException {
        readsButDoesNotWrite();
    }

    @Test
    @TestSecurity(user = "patient-plans", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "patient_id", value = OWN_PATIENT) })
    void aPatientReadsOnlyTheirOwnPlans() throws SQLException {
        UUID own = seeded(CLINIC, OWN_PATIENT);
        String stranger = UUID.randomUUID().toString();
        UUID theirs = seeded(CLINIC, stranger);

        given().when().get(PLANS + "/" + own).then().statusCode(200).header("ETag", "\"0\"");
        given().when().get(PLANS + "/" + theirs)
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("detail", equalTo("Treatment plan " + theirs + " was not found"));

        List<String> listed = given().when().get(PLANS + "?limit=200&updatedSince=2000-01-01T00:00:00Z")
                .then().statusCode(200).extract().path("items.patientId");
        assertThat(listed).isNotEmpty().containsOnly(OWN_PATIENT);
        given().when().get(PLANS + "?patientId=" + OWN_PATIENT + "&limit=200")
                .then().statusCode(200).body("items.id", hasItem(own.toString()));
        given().when().get(PLANS + "?patientId=" + stranger)
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("detail", equalTo("Patient " + stranger + " was not found"));

        given().contentType(ContentType.JSON).body(plan(OWN_PATIENT)).when().post(PLANS)
                .then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(plan(OWN_PATIENT)).when().put(PLANS + "/" + own)
                .then().statusCode(403).contentType(PROBLEM);
    }

    private void readsButDoesNotWrite() throws SQLException {
        String patient = UUID.randomUUID().toString();
        UUID id = seeded(CLINIC, patient);
        given().when().get(PLANS + "/" + id).then().statusCode(200).body("patientId", equalTo(patient));
        given().when().get(PLANS + "?patientId=" + patient)
                .then().statusCode(200).body("items.id", equalTo(List.of(id.toString())));
        given().contentType(ContentType.JSON).body(plan(patient)).when().post(PLANS)
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/forbidden"));
        given().contentType(ContentType.JSON).body(plan(patient)).when().put(PLANS + "/" + id)
                .then().statusCode(403).contentType(PROBLEM);
    }

    private static void forbiddenEverywhere() {
        given().when().get(PLANS)
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/forbidden"));
        given().when().get(PLANS + "/" + UUID.randomUUID()).then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(plan(UUID.randomUUID().toString()))
                .when().post(PLANS).then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(plan(UUID.randomUUID().toString()))
                .when().put(PLANS + "/" + UUID.randomUUID()).then().statusCode(403).contentType(PROBLEM);
    }
}
