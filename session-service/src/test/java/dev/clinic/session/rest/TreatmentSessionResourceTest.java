package dev.clinic.session.rest;

import static dev.clinic.session.rest.Sessions.SESSIONS;
import static dev.clinic.session.rest.Sessions.create;
import static dev.clinic.session.rest.Sessions.dryNeedling;
import static dev.clinic.session.rest.Sessions.get;
import static dev.clinic.session.rest.Sessions.invalid;
import static dev.clinic.session.rest.Sessions.massage;
import static dev.clinic.session.rest.Sessions.path;
import static dev.clinic.session.rest.Sessions.post;
import static dev.clinic.session.rest.Sessions.problem;
import static dev.clinic.session.rest.Sessions.withSites;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.clinic.session.client.FakeNeighbours;
import dev.clinic.session.client.Neighbours;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Writing and reading a session's content: createSession without an appointment, getSession, replaceSession. */
@QuarkusTest
@QuarkusTestResource(FakeNeighbours.class)
@TestSecurity(user = "needling-northside", roles = "practitioner")
@OidcSecurity(claims = { @Claim(key = "clinic_id", value = "northside"),
        @Claim(key = "sub", value = TreatmentSessionResourceTest.PRACTITIONER_SUB) })
class TreatmentSessionResourceTest {

    /** The `sub` of the practitioner tokens below: a Keycloak user id, not the user name. */
    static final String PRACTITIONER_SUB = "3f1c2b4a-9d8e-4f7a-b6c5-d4e3f2a1b0c9";

    @Test
    void practitionerRecordsAndReadsADraft() {
        String patient = UUID.randomUUID().toString();
        Response created = post(SESSIONS, dryNeedling(patient))
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("status", equalTo("DRAFT"))
                .body("appointmentId", nullValue())
                .body("patientId", equalTo(patient))
                // booking-service's record of the caller, not the login
                .body("practitionerId", equalTo(FakeNeighbours.PRACTITIONER.toString()))
                .body("modality", equalTo("DRY_NEEDLING"))
                .body("massageTechnique", nullValue())
                .body("startedAt", equalTo("2026-03-04T14:00:00Z"))
                .body("endedAt", equalTo("2026-03-04T14:30:00Z"))
                .body("subjective", equalTo("Right-sided headache for 3 days."))
                .body("painBefore", equalTo(7))
                .body("painAfter", equalTo(3))
                // nothing given is nothing recorded: no codes, no sites, no aftercare assumed
                .body("diagnosisCodes", equalTo(List.of()))
                .body("needlingSites", equalTo(List.of()))
                .body("aftercare", equalTo(Sessions.aftercare()))
                .body("signedAt", nullValue())
                .body("signedBy", nullValue())
                .body("createdAt", notNullValue())
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(SESSIONS + "/" + id);

        get(path(id)).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("status", equalTo("DRAFT"))
                .body("practitionerId", equalTo(FakeNeighbours.PRACTITIONER.toString()))
                .body("plan", equalTo("Weekly for 4 weeks."));
    }

    @Test
    void theClinicalRecordComesBackAsWrittenWithTheMusclesCoded() {
        Map<String, Object> body = withSites(dryNeedling(UUID.randomUUID().toString()),
                "TRAPEZIUS:LEFT:2 UPPER_TRAPEZIUS:BILATERAL:1", "skinChecked", "pneumothoraxAdviceGiven");
        body.put("diagnosisCodes", List.of("G43.709", "M79.18"));
        body.put("needleLot", "LOT-2026-0412");
        String id = create(body);
        get(path(id)).then().statusCode(200)
                .body("diagnosisCodes", equalTo(List.of("G43.709", "M79.18")))
                .body("needleLot", equalTo("LOT-2026-0412"))
                .body("aftercare", equalTo(Sessions.aftercare("skinChecked", "pneumothoraxAdviceGiven")))
                .body("needlingSites.muscle", equalTo(List.of("TRAPEZIUS", "UPPER_TRAPEZIUS")))
                .body("needlingSites.side", equalTo(List.of("LEFT", "BILATERAL")))
                .body("needlingSites.needleCount", equalTo(List.of(2, 1)))
                .body("needlingSites[0].needleDiameterMm", equalTo(0.25f))
                .body("needlingSites[0].depthMm", equalTo(15))
                .body("needlingSites[0].technique", equalTo("PISTONING"))
                .body("needlingSites[0].retentionSeconds", equalTo(60))
                .body("needlingSites[0].localTwitchResponse", equalTo(true))
                .body("needlingSites[0].muscleCoding", equalTo(Map.of("system", "http://snomed.info/sct",
                        "code", "31764008", "display", "Trapezius")))
                .body("needlingSites[1].muscleCoding.code", equalTo("upper-trapezius"));
    }

    @Test
    void massageNamesItsTechniqueAndMayStillBeRunning() {
        String id = create(massage(UUID.randomUUID().toString(), "MYOFASCIAL_RELEASE"));
        get(path(id)).then().statusCode(200)
                .body("modality", equalTo("MASSAGE"))
                .body("massageTechnique", equalTo("MYOFASCIAL_RELEASE"))
                .body("endedAt", nullValue())
                .body("subjective", nullValue())
                .body("painBefore", nullValue());
    }

    @Test
    void serverOwnedFieldsInTheBodyAreIgnoredAndTyposRejected() {
        Map<String, Object> body = dryNeedling(UUID.randomUUID().toString());
        String sentId = UUID.randomUUID().toString();
        body.putAll(Map.of("id", sentId, "status", "SIGNED", "version", 9, "signedAt", "2026-03-04T15:00:00Z",
                "clinicId", "harbour", "practitionerId", UUID.randomUUID().toString()));
        post(SESSIONS, body).then().statusCode(201)
                .body("id", not(equalTo(sentId)))
                .body("status", equalTo("DRAFT"))
                .body("signedAt", nullValue())
                .body("practitionerId", equalTo(FakeNeighbours.PRACTITIONER.toString()))
                .body("version", equalTo(0));

        Map<String, Object> typo = dryNeedling(UUID.randomUUID().toString());
        typo.put("painBefor", 5);
        invalid(post(SESSIONS, typo), "painBefor");
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
            "needleLot        | ''                   | must be 1 to 64 characters, not blank (leave it out when unknown)",
    })
    void invalidFieldIsNamed(String field, String value, String message) {
        Map<String, Object> body = dryNeedling(UUID.randomUUID().toString());
        // numbers travel as JSON numbers: the API does not coerce "11" into 11
        body.put(field, value.matches("-?\\d+") ? (Object) Integer.valueOf(value) : value);
        invalid(post(SESSIONS, body), field).body("errors[0].message", equalTo(message));
    }

    /** The clinical fields, each out of its range: the path names the element to correct. */
    static Stream<Arguments> clinicalMistakes() {
        return Stream.of(
                mistake("diagnosisCodes[1]", b -> b.put("diagnosisCodes", List.of("G43.709", "g43.709"))),
                mistake("diagnosisCodes", b -> b.put("diagnosisCodes", List.of("G43.0", "G43.1", "G43.2", "G43.3",
                        "G43.4", "G43.5", "G43.6", "G43.7", "G43.8", "G43.9", "G44.1", "G44.2", "G44.3"))),
                mistake("needleLot", b -> b.put("needleLot", "L".repeat(65))),
                mistake("needlingSites[0].needleCount", b -> site(b).put("needleCount", 21)),
                mistake("needlingSites[0].needleDiameterMm", b -> site(b).put("needleDiameterMm", 0.41)),
                mistake("needlingSites[0].depthMm", b -> site(b).put("depthMm", 31)),
                mistake("needlingSites[0].retentionSeconds", b -> site(b).put("retentionSeconds", 1801)),
                mistake("needlingSites[0].muscle", b -> site(b).remove("muscle")),
                // sites on a massage: NEEDLING_SITES_NOT_ALLOWED can never reach signing
                mistake("needlingSites", b -> {
                    b.put("modality", "MASSAGE");
                    b.put("massageTechnique", "SWEDISH");
                }));
    }

    private static Arguments mistake(String field, Consumer<Map<String, Object>> change) {
        return Arguments.of(field, change);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> site(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("needlingSites")).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clinicalMistakes")
    void clinicalMistakesAreNamedOnCreateAndOnReplace(String field, Consumer<Map<String, Object>> change) {
        String patient = UUID.randomUUID().toString();
        Map<String, Object> body = Sessions.signable(patient);
        change.accept(body);
        invalid(post(SESSIONS, body), field);

        String id = create(Sessions.signable(patient));
        invalid(Sessions.put(path(id), body), field);
        get(path(id)).then().statusCode(200).header("ETag", "\"0\"").body("needlingSites[0].needleCount", equalTo(1));
    }

    @Test
    void massageWithoutTechniqueAndOverlongNotesAreNamed() {
        Map<String, Object> body = massage(UUID.randomUUID().toString(), null);
        body.remove("massageTechnique");
        body.put("endedAt", "2026-03-04T14:00:00Z");
        invalid(post(SESSIONS, body), "massageTechnique", "endedAt")
                .body("errors.message", hasItem("is required when modality is MASSAGE"));

        Map<String, Object> verbose = dryNeedling(UUID.randomUUID().toString());
        verbose.put("subjective", "x".repeat(10_001));
        verbose.put("plan", "x".repeat(10_001));
        verbose.put("assessment", "x".repeat(10_000));
        invalid(post(SESSIONS, verbose), "plan", "subjective");
    }

    /** Without an appointment the patient, the treatment and its start are required, and all named at once. */
    @Test
    void missingRequiredFieldsAreAllNamed() {
        invalid(post(SESSIONS, Map.of("subjective", "Only a note")), "patientId", "modality", "startedAt");
    }

    @Test
    void aPatientTheClinicDoesNotHaveIs404AndNothingIsStored() {
        // the fake serves every test class: count this test's calls only
        int before = Neighbours.calls(FakeNeighbours.UNKNOWN);
        problem(post(SESSIONS, dryNeedling(FakeNeighbours.UNKNOWN.toString())), 404, "not-found")
                .body("detail", equalTo("patientId: is not a patient of this clinic"))
                .body("errors.field", equalTo(List.of("patientId")));
        get(SESSIONS + "?patientId=" + FakeNeighbours.UNKNOWN).then().statusCode(200).body("items", equalTo(List.of()));
        assertThat(Neighbours.calls(FakeNeighbours.UNKNOWN) - before).as("asked once, not retried").isEqualTo(1);
    }

    @Test
    void unknownSessionIs404Problem() {
        UUID id = UUID.randomUUID();
        problem(get(path(id)), 404, "not-found").body("detail", equalTo("Session " + id + " was not found"));
        problem(Sessions.put(path(id), dryNeedling(UUID.randomUUID().toString())), 404, "not-found");
    }

    // ---- replaceSession ----

    @Test
    void theOwnerReplacesTheDraftAndEveryChangeMovesTheVersion() {
        String patient = UUID.randomUUID().toString();
        String id = create(dryNeedling(patient));
        Instant created = Instant.parse(get(path(id)).path("updatedAt"));

        Map<String, Object> corrected = Sessions.signable(patient);
        corrected.put("painAfter", 2);
        corrected.remove("endedAt");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(corrected)
                .when().put(path(id))
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("painAfter", equalTo(2))
                .body("endedAt", nullValue())
                .body("needlingSites.muscle", equalTo(List.of("SUBOCCIPITALS")))
                .body("status", equalTo("DRAFT"));
        Response read = get(path(id));
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(Instant.parse(read.path("updatedAt"))).isAfter(created);
        assertThat((Integer) read.path("painAfter")).isEqualTo(2);

        // patientId may be left out: the session keeps its patient; without If-Match the write is unconditional
        corrected.remove("patientId");
        Sessions.put(path(id), corrected).then().statusCode(200).header("ETag", "\"2\"")
                .body("patientId", equalTo(patient));
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        String id = create(dryNeedling(UUID.randomUUID().toString()));
        Map<String, Object> changed = dryNeedling(null);
        changed.put("painAfter", 1);
        Sessions.put(path(id), changed).then().statusCode(200).header("ETag", "\"1\"");

        changed.put("painAfter", 0);
        problem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).when().put(path(id)),
                412, "precondition-failed");
        get(path(id)).then().header("ETag", "\"1\"").body("painAfter", equalTo(1));
    }

    @Test
    void replaceNeverMovesTheSessionToAnotherPatientOrAppointment() {
        String patient = UUID.randomUUID().toString();
        String id = create(dryNeedling(patient));
        // another patient or appointment of the clinic: 400, the session keeps its own
        invalid(Sessions.put(path(id), dryNeedling(UUID.randomUUID().toString())), "patientId");
        Map<String, Object> withAppointment = dryNeedling(patient);
        withAppointment.put("appointmentId", Neighbours.appointment(UUID.fromString(patient), "CHECKED_IN",
                "DRY_NEEDLING", null, Instant.parse("2026-03-04T14:00:00Z")).toString());
        invalid(Sessions.put(path(id), withAppointment), "appointmentId");
        // one the clinic does not have (unknown or another clinic's, alike): 404 naming the field, as on create
        problem(Sessions.put(path(id), dryNeedling(FakeNeighbours.UNKNOWN.toString())), 404, "not-found")
                .body("errors.field", equalTo(List.of("patientId")));
        withAppointment.put("appointmentId", UUID.randomUUID().toString());
        problem(Sessions.put(path(id), withAppointment), 404, "not-found")
                .body("errors.field", equalTo(List.of("appointmentId")));
        get(path(id)).then().header("ETag", "\"0\"").body("patientId", equalTo(patient))
                .body("appointmentId", nullValue());
    }

    /** A standalone draft may still change its treatment: nothing fixed it but the practitioner. */
    @Test
    void aStandaloneDraftMayChangeItsTreatment() {
        String patient = UUID.randomUUID().toString();
        String id = create(dryNeedling(patient));
        Map<String, Object> body = massage(patient, "SWEDISH");
        Sessions.put(path(id), body).then().statusCode(200)
                .body("modality", equalTo("MASSAGE"))
                .body("massageTechnique", equalTo("SWEDISH"));
    }

    // ---- who may call at all (the full matrix is SessionRolesTest) ----

    @Test
    @TestSecurity
    void anonymousCallerGets401Problem() {
        problem(get(SESSIONS), 401, "unauthorized").header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    @TestSecurity(user = "stray", roles = "practitioner")
    @OidcSecurity
    void tokenWithoutClinicIsForbidden() {
        problem(get(SESSIONS), 403, "forbidden")
                .body("detail", equalTo("The access token carries no clinic_id claim, so it belongs to no clinic"));
    }

    @Test
    @TestSecurity(user = "admin-northside", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void onlyAPractitionerRecordsASession() {
        problem(post(SESSIONS, dryNeedling(UUID.randomUUID().toString())), 403, "forbidden")
                .body("detail", equalTo("Your role does not allow this operation"));
        get(SESSIONS).then().statusCode(200).contentType(ContentType.JSON)
                .body("items.status", not(hasItem(nullValue())));
    }
}
