package dev.clinic.booking.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.clinic.booking.client.FakePatientService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * Every appointment operation (create, list, get, reschedule, cancel, check-in, complete, no-show)
 * per role, the answers of each transition, and the audit trail of reads and changes.
 */
@QuarkusTest
@QuarkusTestResource(FakePatientService.class)
class AppointmentRolesTest {

    static final String CLINIC = "appointments-roles";
    static final String APPOINTMENTS = "/api/v1/appointments";
    static final String PATIENT_ID = "7d2a9e3f-5e31-4d80-9c85-3b2f4e5a6f71";
    static final String PROBLEM = "application/problem+json";
    static final String INVALID_TRANSITION = "https://clinic.dev/problems/invalid-transition";

    @Inject
    AppointmentFixtures fixtures;

    @Inject
    AppointmentRows rows;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    UUID location;
    UUID type;
    UUID practitioner;

    @BeforeEach
    void setUp() {
        circuitBreakers.resetAll();
        location = fixtures.location(CLINIC);
        type = fixtures.dryNeedlingType(CLINIC);
        practitioner = fixtures.needlingPractitioner(CLINIC, location, null);
    }

    UUID row(UUID patient, String status) {
        return rows.insert(CLINIC, patient, practitioner, type, location, AppointmentRows.nextStart(), status);
    }

    UUID booked() {
        return row(UUID.randomUUID(), "BOOKED");
    }

    Map<String, Object> booking(Object patient, Instant start) {
        Map<String, Object> body = new HashMap<>(move(start));
        body.put("patientId", patient);
        body.put("appointmentTypeId", type);
        return body;
    }

    Map<String, Object> move(Instant start) {
        return Map.of("practitionerId", practitioner, "locationId", location, "start", start.toString());
    }

    static Map<String, Object> cancellation() {
        return Map.of("reason", "PATIENT_REQUEST");
    }

    static String etagOf(UUID id) {
        return given().get(APPOINTMENTS + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** Everything a booking role may do: book, list, read, move, cancel, and the visit's transitions. */
    void staffRunsTheWholeLifecycle(String source) {
        Instant start = AppointmentRows.nextStart();
        UUID patient = UUID.randomUUID();
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", "roles-" + patient)
                .body(booking(patient, start)).post(APPOINTMENTS).then().statusCode(201)
                .header("Location", containsString(APPOINTMENTS + "/"))
                .body("source", equalTo(source)).extract().path("id");
        given().queryParam("patientId", patient.toString()).get(APPOINTMENTS).then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        String etag = given().get(APPOINTMENTS + "/" + id).then().statusCode(200).body("status", equalTo("BOOKED"))
                .extract().header("ETag");
        etag = given().contentType(ContentType.JSON).header("If-Match", etag).body(move(start.plus(Duration.ofHours(1))))
                .put(APPOINTMENTS + "/" + id).then().statusCode(200).extract().header("ETag");
        etag = given().header("If-Match", etag).post(APPOINTMENTS + "/" + id + "/check-in").then().statusCode(200)
                .body("status", equalTo("CHECKED_IN")).extract().header("ETag");
        given().header("If-Match", etag).post(APPOINTMENTS + "/" + id + "/complete").then().statusCode(200)
                .body("status", equalTo("COMPLETED"));

        UUID other = booked();
        given().header("If-Match", etagOf(other)).post(APPOINTMENTS + "/" + other + "/no-show").then().statusCode(200)
                .body("status", equalTo("NO_SHOW"));
        UUID third = booked();
        given().contentType(ContentType.JSON).header("If-Match", etagOf(third)).body(cancellation())
                .post(APPOINTMENTS + "/" + third + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancellationReason", equalTo("PATIENT_REQUEST"));

        UUID appointment = UUID.fromString(id);
        String who = "|APPOINTMENT|" + patient + "|SUCCESS";
        assertThat(rows.auditActions(appointment)).containsExactly("CREATE" + who, "READ" + who, "RESCHEDULE" + who,
                "CHECKED_IN" + who, "COMPLETED" + who);
        assertThat(rows.auditActions(other)).contains("NO_SHOW|APPOINTMENT|" + rows.patientOf(other) + "|SUCCESS");
        assertThat(rows.auditActions(third)).contains("CANCEL|APPOINTMENT|" + rows.patientOf(third) + "|SUCCESS");
    }

    @Test
    @TestSecurity(user = "admin-roles", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void clinicAdminMayDoEverything() {
        staffRunsTheWholeLifecycle("STAFF");
    }

    @Test
    @TestSecurity(user = "frontdesk-roles", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void frontDeskMayDoEverything() {
        staffRunsTheWholeLifecycle("STAFF");
        assertThat(rows.listAudits(CLINIC)).anyMatch(row -> row.startsWith("frontdesk-roles|"));
    }

    /**
     * Reading roles: list and read 200 (audited), every write 403 and nothing changes. For a
     * practitioner the appointment is another practitioner's: their own they check in and complete
     * (see practitionerChecksInAndCompletesOnlyTheirOwn).
     */
    void readsButNeverWrites(String user) {
        UUID id = booked();
        given().queryParam("practitionerId", practitioner.toString()).get(APPOINTMENTS).then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
        given().get(APPOINTMENTS + "/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).body(booking(UUID.randomUUID(), AppointmentRows.nextStart()))
                .post(APPOINTMENTS).then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(move(AppointmentRows.nextStart())).put(APPOINTMENTS + "/" + id)
                .then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(cancellation()).post(APPOINTMENTS + "/" + id + "/cancel")
                .then().statusCode(403).contentType(PROBLEM);
        for (String transition : new String[] { "check-in", "complete", "no-show" }) {
            given().post(APPOINTMENTS + "/" + id + "/" + transition).then().statusCode(403).contentType(PROBLEM);
        }
        given().get(APPOINTMENTS + "/" + id).then().body("status", equalTo("BOOKED")).body("version", equalTo(0));
        assertThat(rows.auditActions(id)).allMatch(action -> action.startsWith("READ|"));
        assertThat(rows.listAudits(CLINIC)).contains(user + "|-");
    }

    @Test
    @TestSecurity(user = "practitioner-roles", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void practitionerReadsButNeverWrites() {
        readsButNeverWrites("practitioner-roles");
    }

    static final String OWN_LOGIN = "5e8f0a41-6b2c-4d7e-9f13-2a4b6c8d0e1f";

    /**
     * A practitioner records the visit of their own appointments (practitioner record linked to the
     * token's subject, not to the username): check-in and complete 200, audited under their subject.
     * Another practitioner's appointment is 403 before If-Match or the status is looked at; no-show,
     * cancel and reschedule stay the front desk's.
     */
    @Test
    @TestSecurity(user = "needling-own", roles = "practitioner")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "sub", value = OWN_LOGIN) })
    void practitionerChecksInAndCompletesOnlyTheirOwn() {
        fixtures.linkLogin(practitioner, OWN_LOGIN);
        UUID own = booked();
        String etag = given().header("If-Match", etagOf(own)).post(APPOINTMENTS + "/" + own + "/check-in").then()
                .statusCode(200).body("status", equalTo("CHECKED_IN")).body("modality", equalTo("DRY_NEEDLING"))
                .extract().header("ETag");
        given().header("If-Match", etag).post(APPOINTMENTS + "/" + own + "/complete").then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        String who = "|APPOINTMENT|" + rows.patientOf(own) + "|SUCCESS";
        assertThat(rows.auditActions(own)).containsExactly("READ" + who, "CHECKED_IN" + who, "COMPLETED" + who);
        assertThat(rows.auditSubjects(own)).containsOnly(OWN_LOGIN);

        UUID otherPractitioner = fixtures.needlingPractitioner(CLINIC, location, null);
        UUID theirs = rows.insert(CLINIC, UUID.randomUUID(), otherPractitioner, type, location,
                AppointmentRows.nextStart(), "BOOKED");
        UUID theirsCheckedIn = rows.insert(CLINIC, UUID.randomUUID(), otherPractitioner, type, location,
                AppointmentRows.nextStart(), "CHECKED_IN");
        given().post(APPOINTMENTS + "/" + theirs + "/check-in").then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("Only the appointment's practitioner"));
        given().post(APPOINTMENTS + "/" + theirsCheckedIn + "/complete").then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("Only the appointment's practitioner"));
        // refused before a stale If-Match (412) or the wrong status (409) would tell them anything
        given().header("If-Match", "\"42\"").post(APPOINTMENTS + "/" + theirs + "/check-in").then().statusCode(403);
        given().post(APPOINTMENTS + "/" + theirs + "/complete").then().statusCode(403);
        given().get(APPOINTMENTS + "/" + theirs).then().body("status", equalTo("BOOKED")).body("version", equalTo(0));
        given().get(APPOINTMENTS + "/" + theirsCheckedIn).then().body("status", equalTo("CHECKED_IN"));

        // the rest of the visit's transitions, and moving or cancelling, stay the front desk's even on their own
        UUID ownBooked = booked();
        given().post(APPOINTMENTS + "/" + ownBooked + "/no-show").then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(cancellation()).post(APPOINTMENTS + "/" + ownBooked + "/cancel")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(move(AppointmentRows.nextStart())).put(APPOINTMENTS + "/" + ownBooked)
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(booking(UUID.randomUUID(), AppointmentRows.nextStart()))
                .post(APPOINTMENTS).then().statusCode(403);
        // unknown is still 404, and the ownership rule does not hide a wrong status on their own
        given().post(APPOINTMENTS + "/" + UUID.randomUUID() + "/check-in").then().statusCode(404);
        given().post(APPOINTMENTS + "/" + ownBooked + "/complete").then().statusCode(409)
                .body("type", equalTo(INVALID_TRANSITION));
        assertThat(rows.auditActions(theirs)).allMatch(action -> action.startsWith("READ|"));
    }

    /** A practitioner login linked to no practitioner record has no appointments of its own. */
    @Test
    @TestSecurity(user = "unlinked-practitioner", roles = "practitioner")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC),
            @Claim(key = "sub", value = "0f6a3c2e-1d4b-4e8f-a7c9-b1d2e3f4a5b6") })
    void unlinkedPractitionerChecksInNothing() {
        UUID id = booked();
        given().post(APPOINTMENTS + "/" + id + "/check-in").then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("Only the appointment's practitioner"));
        given().get(APPOINTMENTS + "/" + id).then().body("status", equalTo("BOOKED"));
    }

    @Test
    @TestSecurity(user = "integrator-roles", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void integratorReadsButNeverWrites() {
        readsButNeverWrites("integrator-roles");
    }

    @Test
    @TestSecurity(user = "patient-roles", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "patient_id", value = PATIENT_ID) })
    void patientBooksReadsAndCancelsTheirOwn() {
        UUID own = UUID.fromString(PATIENT_ID);
        String id = given().contentType(ContentType.JSON).body(booking(own, AppointmentRows.nextStart()))
                .post(APPOINTMENTS).then().statusCode(201).body("source", equalTo("PATIENT")).extract().path("id");
        UUID earlier = row(own, "BOOKED");
        row(UUID.randomUUID(), "BOOKED");
        given().get(APPOINTMENTS).then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.id", hasItem(earlier.toString()))
                .body("items.patientId", everyItem(equalTo(PATIENT_ID)));
        given().queryParam("patientId", PATIENT_ID).get(APPOINTMENTS).then().statusCode(200);
        given().get(APPOINTMENTS + "/" + id).then().statusCode(200).body("patientId", equalTo(PATIENT_ID));
        // moving and the visit's transitions are the front desk's
        given().contentType(ContentType.JSON).body(move(AppointmentRows.nextStart())).put(APPOINTMENTS + "/" + id)
                .then().statusCode(403);
        for (String transition : new String[] { "check-in", "complete", "no-show" }) {
            given().post(APPOINTMENTS + "/" + id + "/" + transition).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).header("If-Match", etagOf(earlier)).body(cancellation())
                .post(APPOINTMENTS + "/" + earlier + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        assertThat(rows.auditActions(earlier)).containsExactly("READ|APPOINTMENT|" + own + "|SUCCESS",
                "CANCEL|APPOINTMENT|" + own + "|SUCCESS");
        // a patient's list is audited as a read of their own records
        assertThat(rows.listAudits(CLINIC)).contains("patient-roles|" + own);
    }

    @Test
    @TestSecurity(user = "patient-roles", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "patient_id", value = PATIENT_ID) })
    void anotherPatientsAppointmentsAreUnknownToAPatient() {
        UUID someoneElse = UUID.randomUUID();
        UUID theirs = row(someoneElse, "BOOKED");
        given().contentType(ContentType.JSON).body(booking(someoneElse, AppointmentRows.nextStart()))
                .post(APPOINTMENTS).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/not-found"))
                .body("errors.field", equalTo(java.util.List.of("patientId")));
        given().queryParam("patientId", someoneElse.toString()).get(APPOINTMENTS).then().statusCode(404)
                .contentType(PROBLEM);
        given().get(APPOINTMENTS).then().statusCode(200).body("items.id", not(hasItem(theirs.toString())));
        given().get(APPOINTMENTS + "/" + theirs).then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("Appointment " + theirs + " was not found"));
        given().contentType(ContentType.JSON).body(cancellation()).post(APPOINTMENTS + "/" + theirs + "/cancel")
                .then().statusCode(404).contentType(PROBLEM);
        // not a patient's operations at all, whoever's appointment it is
        given().contentType(ContentType.JSON).body(move(AppointmentRows.nextStart())).put(APPOINTMENTS + "/" + theirs)
                .then().statusCode(403);
        given().post(APPOINTMENTS + "/" + theirs + "/check-in").then().statusCode(403);
        given().get(APPOINTMENTS + "/" + theirs).then().statusCode(404);
        assertThat(rows.auditActions(theirs)).isEmpty();
    }

    @Test
    @TestSecurity(user = "patient-without-record", roles = "patient")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void patientTokenWithoutPatientIdReachesNothing() {
        UUID id = booked();
        given().get(APPOINTMENTS).then().statusCode(403).contentType(PROBLEM);
        given().get(APPOINTMENTS + "/" + id).then().statusCode(404);
    }

    @Test
    void anonymousIs401Everywhere() {
        String id = "/" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Map.of()).post(APPOINTMENTS).then().statusCode(401);
        given().get(APPOINTMENTS).then().statusCode(401);
        given().get(APPOINTMENTS + id).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of()).put(APPOINTMENTS + id).then().statusCode(401);
        given().contentType(ContentType.JSON).body(cancellation()).post(APPOINTMENTS + id + "/cancel").then()
                .statusCode(401);
        for (String transition : new String[] { "check-in", "complete", "no-show" }) {
            given().post(APPOINTMENTS + id + "/" + transition).then().statusCode(401);
        }
    }

    @Test
    @TestSecurity(user = "frontdesk-roles", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void unknownIdsAre404() {
        UUID unknown = UUID.randomUUID();
        given().get(APPOINTMENTS + "/" + unknown).then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(cancellation()).post(APPOINTMENTS + "/" + unknown + "/cancel")
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("Appointment " + unknown + " was not found"));
        for (String transition : new String[] { "check-in", "complete", "no-show" }) {
            given().post(APPOINTMENTS + "/" + unknown + "/" + transition).then().statusCode(404).contentType(PROBLEM)
                    .body("detail", equalTo("Appointment " + unknown + " was not found"));
        }
    }

    @Test
    @TestSecurity(user = "frontdesk-roles", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void staleIfMatchIs412OnEveryTransition() {
        UUID id = booked();
        String stale = etagOf(id);
        given().contentType(ContentType.JSON).body(move(AppointmentRows.nextStart()))
                .put(APPOINTMENTS + "/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", stale).body(cancellation())
                .post(APPOINTMENTS + "/" + id + "/cancel").then().statusCode(412).contentType(PROBLEM);
        for (String transition : new String[] { "check-in", "no-show" }) {
            given().header("If-Match", stale).post(APPOINTMENTS + "/" + id + "/" + transition).then().statusCode(412)
                    .contentType(PROBLEM);
        }
        String current = etagOf(id);
        current = given().header("If-Match", current).post(APPOINTMENTS + "/" + id + "/check-in").then()
                .statusCode(200).extract().header("ETag");
        given().header("If-Match", stale).post(APPOINTMENTS + "/" + id + "/complete").then().statusCode(412);
        given().get(APPOINTMENTS + "/" + id).then().body("status", equalTo("CHECKED_IN"))
                .header("ETag", equalTo(current));
    }

    @Test
    @TestSecurity(user = "frontdesk-roles", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void transitionsFromTheWrongStateAre409() {
        UUID cancelled = row(UUID.randomUUID(), "CANCELLED");
        UUID checkedIn = row(UUID.randomUUID(), "CHECKED_IN");
        UUID completed = row(UUID.randomUUID(), "COMPLETED");
        UUID booked = booked();
        given().contentType(ContentType.JSON).body(cancellation()).post(APPOINTMENTS + "/" + completed + "/cancel")
                .then().statusCode(409).contentType(PROBLEM).body("type", equalTo(INVALID_TRANSITION))
                .body("from", equalTo("COMPLETED")).body("to", equalTo("CANCELLED"));
        given().post(APPOINTMENTS + "/" + cancelled + "/check-in").then().statusCode(409)
                .body("type", equalTo(INVALID_TRANSITION)).body("from", equalTo("CANCELLED"));
        given().post(APPOINTMENTS + "/" + booked + "/complete").then().statusCode(409)
                .body("type", equalTo(INVALID_TRANSITION)).body("from", equalTo("BOOKED"));
        given().post(APPOINTMENTS + "/" + checkedIn + "/no-show").then().statusCode(409)
                .body("type", equalTo(INVALID_TRANSITION)).body("from", equalTo("CHECKED_IN"));
        assertThat(rows.auditActions(completed)).isEmpty();
    }

    @Test
    @TestSecurity(user = "frontdesk-roles", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void badInputIs400() {
        UUID id = booked();
        given().contentType(ContentType.JSON).body(Map.of("reason", "BORED")).post(APPOINTMENTS + "/" + id + "/cancel")
                .then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of()).post(APPOINTMENTS + "/" + id + "/cancel")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        given().queryParam("from", "yesterday").get(APPOINTMENTS).then().statusCode(400).contentType(PROBLEM);
        given().queryParam("from", "2031-02-01T00:00:00Z").queryParam("to", "2031-01-01T00:00:00Z").get(APPOINTMENTS)
                .then().statusCode(400).body("errors.field", hasItem("to"));
        given().queryParam("status", "SLEEPING").get(APPOINTMENTS).then().statusCode(400);
        given().get(APPOINTMENTS + "/" + id).then().body("status", equalTo("BOOKED"));
    }

    /** The create answers not reached above: 400, 404 (patient-service), 409, 422 and 503. */
    @Test
    @TestSecurity(user = "frontdesk-roles", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void createAnswersEveryListedCode() {
        given().contentType(ContentType.JSON).body(Map.of("patientId", UUID.randomUUID())).post(APPOINTMENTS)
                .then().statusCode(400).body("errors.field", hasItem("start"));
        given().contentType(ContentType.JSON).body(booking(FakePatientService.UNKNOWN, AppointmentRows.nextStart()))
                .post(APPOINTMENTS).then().statusCode(404);
        Instant start = AppointmentRows.nextStart();
        UUID blocker = row(UUID.randomUUID(), "BOOKED");
        Instant blockerStart = rows.startOf(blocker);
        given().contentType(ContentType.JSON).body(booking(UUID.randomUUID(), blockerStart)).post(APPOINTMENTS)
                .then().statusCode(409).body("blockingAppointmentId", equalTo(blocker.toString()));
        String key = "roles-reuse-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(booking(UUID.randomUUID(), start))
                .post(APPOINTMENTS).then().statusCode(201);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(booking(UUID.randomUUID(), start.plus(Duration.ofHours(1)))).post(APPOINTMENTS)
                .then().statusCode(422);
        given().contentType(ContentType.JSON).body(booking(FakePatientService.DROPPED, AppointmentRows.nextStart()))
                .post(APPOINTMENTS).then().statusCode(503);
    }
}
