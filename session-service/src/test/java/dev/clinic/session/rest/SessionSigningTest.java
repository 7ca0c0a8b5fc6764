package dev.clinic.session.rest;

import static dev.clinic.session.rest.Sessions.SESSIONS;
import static dev.clinic.session.rest.Sessions.create;
import static dev.clinic.session.rest.Sessions.dryNeedling;
import static dev.clinic.session.rest.Sessions.get;
import static dev.clinic.session.rest.Sessions.path;
import static dev.clinic.session.rest.Sessions.post;
import static dev.clinic.session.rest.Sessions.problem;
import static dev.clinic.session.rest.Sessions.sign;
import static dev.clinic.session.rest.Sessions.signable;
import static dev.clinic.session.rest.Sessions.withSites;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.clinic.session.client.FakeNeighbours;
import dev.clinic.session.client.Neighbours;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;

/** signSession: every rule named when it fails, the first-session warning, and a signed session is final. */
@QuarkusTest
@TestSecurity(user = "needling-signing", roles = "practitioner")
@OidcSecurity(claims = { @Claim(key = "clinic_id", value = "signing-clinic"),
        @Claim(key = "sub", value = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") })
class SessionSigningTest {

    static final Instant START = Instant.parse("2026-03-04T14:00:00Z");

    @ParameterizedTest(name = "[{0}] aftercare [{1}] patient {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            // sites                     | aftercare                       | patient    | violations
            "''                          | skinChecked                     | eligible   | NEEDLING_SITE_REQUIRED",
            "SUBOCCIPITALS:LEFT:1        | hydrationAdvised                | eligible   | SKIN_CHECK_REQUIRED",
            "UPPER_TRAPEZIUS:RIGHT:1     | skinChecked                     | eligible   | PNEUMOTHORAX_ADVICE_REQUIRED",
            "SUBOCCIPITALS:LEFT:1        | skinChecked                     | INELIGIBLE | PATIENT_NOT_ELIGIBLE",
            // every failed rule at once, so the practitioner fixes everything in one go
            "''                          | ''                              | INELIGIBLE | NEEDLING_SITE_REQUIRED SKIN_CHECK_REQUIRED PATIENT_NOT_ELIGIBLE",
            "SCALENES:LEFT:1             | ''                              | eligible   | SKIN_CHECK_REQUIRED PNEUMOTHORAX_ADVICE_REQUIRED",
    })
    void eachFailedRuleIsNamedAndTheDraftStaysADraft(String sites, String aftercare, String patient, String rules) {
        String patientId = "INELIGIBLE".equals(patient) ? FakeNeighbours.INELIGIBLE.toString()
                : UUID.randomUUID().toString();
        String id = create(withSites(dryNeedling(patientId), sites,
                aftercare.isBlank() ? new String[0] : aftercare.split(" ")));
        List<String> expected = List.of(rules.split(" "));
        problem(sign(id), 409, "signing-rules-failed")
                .body("detail", equalTo("The session cannot be signed: " + String.join(", ", expected)))
                .body("violations.rule", equalTo(expected))
                .body("violations.message", everyItem(not(emptyOrNullString())))
                .body("warnings", equalTo(List.of()));
        get(path(id)).then().header("ETag", "\"0\"").body("status", equalTo("DRAFT")).body("signedAt", equalTo(null));
    }

    @Test
    void violationsNameTheFieldToCorrect() {
        String id = create(withSites(dryNeedling(FakeNeighbours.INELIGIBLE.toString()), "RHOMBOIDS:LEFT:1"));
        problem(sign(id), 409, "signing-rules-failed")
                .body("violations.field", contains("aftercare.skinChecked", "aftercare.pneumothoraxAdviceGiven",
                        "patientId"))
                .body("violations[1].message", startsWith("must be true: muscles over the thorax were needled (Rhomboids)"))
                .body("violations[2].message", equalTo("the patient is not eligible for dry needling on the session "
                        + "date (ANTICOAGULANTS, CONSENT_REQUIRED)"));
    }

    /**
     * A patient's first signed dry-needling session with more than two needles warns (BILATERAL counts
     * twice); drafts do not make a session the first, a signed one does.
     */
    @Test
    void theFirstSignedSessionWithManyNeedlesWarnsAndTheNextDoesNot() {
        String patient = UUID.randomUUID().toString();
        Map<String, Object> threeNeedles = withSites(dryNeedling(patient), "UPPER_TRAPEZIUS:BILATERAL:1 SUBOCCIPITALS:LEFT:1",
                "skinChecked", "pneumothoraxAdviceGiven");
        String earlierDraft = create(threeNeedles);
        String first = create(threeNeedles);

        Instant before = Instant.now().minusSeconds(1);
        Response signed = sign(first).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("session.id", equalTo(first))
                .body("session.status", equalTo("SIGNED"))
                .body("session.version", equalTo(1))
                .body("session.signedBy", equalTo(FakeNeighbours.PRACTITIONER.toString()))
                .body("warnings.rule", equalTo(List.of("FIRST_SESSION_MANY_NEEDLES")))
                .body("warnings[0].field", equalTo("needlingSites"))
                .body("warnings[0].message", startsWith("3 needles in the patient's first dry-needling session"))
                .extract().response();
        assertThat(Instant.parse(signed.path("session.signedAt"))).isBetween(before, Instant.now().plusSeconds(1));
        get(path(first)).then().header("ETag", "\"1\"").body("status", equalTo("SIGNED"))
                .body("signedAt", equalTo(signed.path("session.signedAt")));

        sign(earlierDraft).then().statusCode(200).body("warnings", equalTo(List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "SUBOCCIPITALS:LEFT:2", "SUBOCCIPITALS:BILATERAL:1" })
    void twoNeedlesInAFirstSessionDoNotWarn(String sites) {
        String id = create(withSites(dryNeedling(UUID.randomUUID().toString()), sites, "skinChecked"));
        sign(id).then().statusCode(200).body("warnings", equalTo(List.of()));
    }

    @Test
    void aSignedSessionIsFinal() {
        String id = Sessions.signed(signable(UUID.randomUUID().toString()));
        Response read = get(path(id));
        String signedAt = read.path("signedAt");

        problem(Sessions.put(path(id), signable(null)), 409, "session-signed")
                .body("signedAt", equalTo(signedAt))
                .body("detail", startsWith("Session " + id + " was signed at"));
        problem(sign(id), 409, "session-signed");
        get(path(id)).then().statusCode(200).header("ETag", "\"1\"")
                .body("subjective", equalTo(read.path("subjective")))
                .body("updatedAt", equalTo(read.path("updatedAt")));
    }

    @Test
    void aStaleIfMatchIs412AndTheCurrentOneSigns() {
        String id = create(signable(UUID.randomUUID().toString()));
        Sessions.put(path(id), signable(null)).then().statusCode(200).header("ETag", "\"1\"");
        problem(Sessions.signing().header("If-Match", "\"0\"").when().post(path(id, "sign")), 412, "precondition-failed");
        get(path(id)).then().body("status", equalTo("DRAFT"));
        Sessions.signing().header("If-Match", "\"1\"").when().post(path(id, "sign")).then().statusCode(200)
                .header("ETag", "\"2\"");
    }

    @Test
    void anUnknownSessionIs404() {
        problem(sign(UUID.randomUUID()), 404, "not-found");
    }

    /** patient-service decides eligibility: when it cannot answer, nothing is signed. */
    @ParameterizedTest
    @ValueSource(strings = { "HANGING", "BROKEN" })
    void patientServiceDownIs503FastAndTheDraftStaysADraft(String how) {
        UUID patient = "HANGING".equals(how) ? FakeNeighbours.HANGING : FakeNeighbours.BROKEN;
        // from an appointment, so creating the draft does not need patient-service
        UUID appointment = Neighbours.appointment(patient, "COMPLETED", "DRY_NEEDLING", null, START);
        Map<String, Object> body = signable(null);
        body.remove("patientId");
        body.remove("modality");
        body.put("appointmentId", appointment.toString());
        String id = create(body);

        Instant start = Instant.now();
        problem(sign(id), 503, "service-unavailable");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
        get(path(id)).then().header("ETag", "\"0\"").body("status", equalTo("DRAFT"));
    }

    /** Eligibility is about dry needling: a massage signs without asking patient-service. */
    @Test
    void aMassageSignsWithoutAskingPatientService() {
        UUID patient = FakeNeighbours.HANGING;
        UUID appointment = Neighbours.appointment(patient, "COMPLETED", "MASSAGE", "SWEDISH", START);
        int calls = Neighbours.calls(patient);
        String id = create(Map.of("appointmentId", appointment.toString(), "endedAt", "2026-03-04T14:45:00Z"));
        sign(id).then().statusCode(200)
                .body("session.status", equalTo("SIGNED"))
                .body("warnings", equalTo(List.of()));
        assertThat(Neighbours.calls(patient)).isEqualTo(calls);
        get(SESSIONS + "?patientId=" + patient + "&status=SIGNED").then().body("items.id", equalTo(List.of(id)));
        post(path(id, "amendments"), Sessions.lateEntry()).then().statusCode(201);
    }
}
