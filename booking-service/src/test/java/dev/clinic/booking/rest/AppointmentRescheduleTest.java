package dev.clinic.booking.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

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

/** {@code PUT /api/v1/appointments/{id}} (rescheduleAppointment): every listed answer, per role. */
@QuarkusTest
@QuarkusTestResource(FakePatientService.class)
class AppointmentRescheduleTest {

    static final String CLINIC = "appointments-reschedule";
    static final String OTHER_CLINIC = "appointments-reschedule-other";
    static final String APPOINTMENTS = "/api/v1/appointments/";
    static final String PATIENT_ID = "6c1f8f2d-4d20-4c7f-8b74-2a1e3f4d5e60";
    static final String PROBLEM = "application/problem+json";

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

    UUID booked(UUID patient, Instant start) {
        return rows.insert(CLINIC, patient, practitioner, type, location, start, "BOOKED");
    }

    Map<String, Object> move(Instant start) {
        Map<String, Object> body = new HashMap<>();
        body.put("practitionerId", practitioner);
        body.put("locationId", location);
        body.put("start", start.toString());
        return body;
    }

    static String etagOf(UUID id) {
        return given().get(APPOINTMENTS + id).then().statusCode(200).extract().header("ETag");
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void frontDeskMovesItInsideHours() {
        Instant start = AppointmentRows.nextStart();
        UUID id = booked(UUID.randomUUID(), start);
        String etag = etagOf(id);
        Instant later = start.plus(Duration.ofHours(3));
        var body = move(later);
        body.put("notes", "Moved at the patient's request");
        String newTag = given().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .put(APPOINTMENTS + id).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("id", equalTo(id.toString()))
                .body("status", equalTo("BOOKED"))
                .body("start", equalTo(later.toString()))
                .body("end", equalTo(later.plus(Duration.ofMinutes(30)).toString()))
                .body("blockedUntil", equalTo(later.plus(Duration.ofMinutes(40)).toString()))
                .body("notes", equalTo("Moved at the patient's request"))
                .body("version", equalTo(1))
                .extract().header("ETag");
        assertThat(newTag).isNotEqualTo(etag);
        assertThat(etagOf(id)).isEqualTo(newTag);
        // the old time is free again: someone else can take it
        var other = new HashMap<String, Object>(move(start));
        other.put("patientId", UUID.randomUUID());
        other.put("appointmentTypeId", type);
        given().contentType(ContentType.JSON).body(other).post("/api/v1/appointments").then().statusCode(201);
        assertThat(rows.auditActions(id)).contains("RESCHEDULE|APPOINTMENT|" + rows.patientOf(id) + "|SUCCESS");
    }

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void clinicAdminMovesItToAnotherPractitionerWithoutIfMatch() {
        UUID id = booked(UUID.randomUUID(), AppointmentRows.nextStart());
        UUID second = fixtures.needlingPractitioner(CLINIC, location, null);
        Instant start = AppointmentRows.nextStart();
        var body = move(start);
        body.put("practitionerId", second);
        given().contentType(ContentType.JSON).body(body).put(APPOINTMENTS + id).then().statusCode(200)
                .body("practitionerId", equalTo(second.toString()))
                .body("start", equalTo(start.toString()));
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void badBodyIs400() {
        UUID id = booked(UUID.randomUUID(), AppointmentRows.nextStart());
        given().contentType(ContentType.JSON).body(Map.of("locationId", location)).put(APPOINTMENTS + id)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("start"))
                .body("errors.field", hasItem("practitionerId"));
        given().contentType(ContentType.JSON).body("{\"start\": \"not a time\"").put(APPOINTMENTS + id)
                .then().statusCode(400).contentType(PROBLEM);
    }

    /** A practitioner, location or room the clinic does not have (unknown or another clinic's): 404 naming the field. */
    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void unknownReferencesAre404NamingTheField() {
        UUID id = booked(UUID.randomUUID(), AppointmentRows.nextStart());
        for (String field : new String[] { "practitionerId", "locationId", "roomId" }) {
            var unknown = move(AppointmentRows.nextStart());
            unknown.put(field, UUID.randomUUID());
            given().contentType(ContentType.JSON).body(unknown).put(APPOINTMENTS + id)
                    .then().statusCode(404).contentType(PROBLEM)
                    .body("type", endsWith("/not-found"))
                    .body("errors.field", equalTo(List.of(field)));
        }
        // another clinic's room is as unknown as a missing one; a room of this clinic at another location is known: 400
        var foreignRoom = move(AppointmentRows.nextStart());
        foreignRoom.put("roomId", fixtures.room(OTHER_CLINIC, fixtures.location(OTHER_CLINIC)));
        given().contentType(ContentType.JSON).body(foreignRoom).put(APPOINTMENTS + id)
                .then().statusCode(404).body("errors.field", equalTo(List.of("roomId")));
        var elsewhere = move(AppointmentRows.nextStart());
        elsewhere.put("roomId", fixtures.room(CLINIC, fixtures.location(CLINIC)));
        given().contentType(ContentType.JSON).body(elsewhere).put(APPOINTMENTS + id)
                .then().statusCode(400).body("type", endsWith("/validation-failed"))
                .body("errors.field", equalTo(List.of("roomId")));
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void overrideFromFrontDeskIs403() {
        Instant start = AppointmentRows.nextStart();
        UUID id = booked(UUID.randomUUID(), start);
        var body = move(start.plus(Duration.ofHours(12)));
        body.put("overrideReason", "Evening session");
        given().contentType(ContentType.JSON).body(body).put(APPOINTMENTS + id).then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void anonymousIs401() {
        given().contentType(ContentType.JSON).body(Map.of("start", "2031-01-01T10:00:00Z"))
                .put(APPOINTMENTS + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "needling", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void practitionerIs403() {
        UUID id = booked(UUID.randomUUID(), AppointmentRows.nextStart());
        given().contentType(ContentType.JSON).body(move(AppointmentRows.nextStart())).put(APPOINTMENTS + id)
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "ehr-sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void integratorIs403() {
        UUID id = booked(UUID.randomUUID(), AppointmentRows.nextStart());
        given().contentType(ContentType.JSON).body(move(AppointmentRows.nextStart())).put(APPOINTMENTS + id)
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "patient", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "patient_id", value = PATIENT_ID) })
    void patientIs403EvenForTheirOwn() {
        UUID id = booked(UUID.fromString(PATIENT_ID), AppointmentRows.nextStart());
        given().contentType(ContentType.JSON).body(move(AppointmentRows.nextStart())).put(APPOINTMENTS + id)
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void unknownOrAnotherClinicsAppointmentIs404() {
        UUID unknown = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(move(AppointmentRows.nextStart())).put(APPOINTMENTS + unknown)
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("Appointment " + unknown + " was not found"));
        UUID otherLocation = fixtures.location(OTHER_CLINIC);
        UUID otherType = fixtures.dryNeedlingType(OTHER_CLINIC);
        UUID otherPractitioner = fixtures.needlingPractitioner(OTHER_CLINIC, otherLocation, null);
        Instant start = AppointmentRows.nextStart();
        UUID foreign = rows.insert(OTHER_CLINIC, UUID.randomUUID(), otherPractitioner, otherType, otherLocation, start,
                "BOOKED");
        given().contentType(ContentType.JSON).body(move(AppointmentRows.nextStart())).put(APPOINTMENTS + foreign)
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("Appointment " + foreign + " was not found"));
        assertThat(rows.startOf(foreign)).isEqualTo(start);
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void overlapIs409NamingTheBlocker() {
        Instant day = AppointmentRows.nextStart();
        UUID blocker = booked(UUID.randomUUID(), day);
        UUID moving = booked(UUID.randomUUID(), day.plus(Duration.ofHours(4)));
        // 09:20 runs into the blocker's 09:00–09:40 (buffer included)
        given().contentType(ContentType.JSON).body(move(day.plus(Duration.ofMinutes(20)))).put(APPOINTMENTS + moving)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/overlap"))
                .body("resource", equalTo("practitioner"))
                .body("practitionerId", equalTo(practitioner.toString()))
                .body("blockingAppointmentId", equalTo(blocker.toString()));
        // moving it onto part of its own time is no overlap with itself
        given().contentType(ContentType.JSON).body(move(day.plus(Duration.ofMinutes(255)))).put(APPOINTMENTS + moving)
                .then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void outsideTheScheduleIs409AndNothingMoves() {
        Instant start = AppointmentRows.nextStart();
        UUID id = booked(UUID.randomUUID(), start);
        // 17:30 + 30 min + 10 min buffer ends after 18:00
        given().contentType(ContentType.JSON).body(move(start.plus(Duration.ofMinutes(510)))).put(APPOINTMENTS + id)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/outside-schedule"))
                .body("reason", equalTo("NOT_WORKING"));
        fixtures.timeOff(CLINIC, practitioner, start.plus(Duration.ofHours(2)), start.plus(Duration.ofHours(3)));
        given().contentType(ContentType.JSON).body(move(start.plus(Duration.ofHours(2)))).put(APPOINTMENTS + id)
                .then().statusCode(409)
                .body("type", equalTo("https://clinic.dev/problems/outside-schedule"))
                .body("reason", equalTo("TIME_OFF"));
        given().get(APPOINTMENTS + id).then().statusCode(200).body("start", equalTo(start.toString()))
                .body("version", equalTo(0));
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void aCancelledOneIs409InvalidTransition() {
        UUID id = rows.insert(CLINIC, UUID.randomUUID(), practitioner, type, location, AppointmentRows.nextStart(),
                "CANCELLED");
        given().contentType(ContentType.JSON).body(move(AppointmentRows.nextStart())).put(APPOINTMENTS + id)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/invalid-transition"))
                .body("from", equalTo("CANCELLED"));
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void staleIfMatchIs412() {
        Instant start = AppointmentRows.nextStart();
        UUID id = booked(UUID.randomUUID(), start);
        String etag = etagOf(id);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(move(start.plus(Duration.ofHours(1))))
                .put(APPOINTMENTS + id).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(move(start.plus(Duration.ofHours(2))))
                .put(APPOINTMENTS + id).then().statusCode(412).contentType(PROBLEM);
        given().get(APPOINTMENTS + id).then().body("start", equalTo(start.plus(Duration.ofHours(1)).toString()));
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void patientServiceHangingOrDroppingIs503AndNothingChanges() {
        // warm-up: the first request of a run pays for start-up, not what is measured
        given().get("/api/v1/appointments").then().statusCode(200);
        Instant start = AppointmentRows.nextStart();
        UUID hanging = booked(FakePatientService.HANGING, start);
        long started = System.nanoTime();
        given().contentType(ContentType.JSON).body(move(start.plus(Duration.ofHours(1)))).put(APPOINTMENTS + hanging)
                .then().statusCode(503).contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/service-unavailable"));
        // bounded by the 2 s timeout, not a hang; loose so a busy machine passes
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10_000);
        UUID dropped = booked(FakePatientService.DROPPED, start.plus(Duration.ofHours(3)));
        given().contentType(ContentType.JSON).body(move(start.plus(Duration.ofHours(5)))).put(APPOINTMENTS + dropped)
                .then().statusCode(503).body("type", equalTo("https://clinic.dev/problems/service-unavailable"));
        given().get(APPOINTMENTS + hanging).then().body("start", equalTo(start.toString())).body("version", equalTo(0));
        given().get(APPOINTMENTS + dropped).then().body("version", equalTo(0));
        assertThat(rows.auditActions(hanging)).noneMatch(a -> a.startsWith("RESCHEDULE"));
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void ineligiblePatientIs409() {
        Instant start = AppointmentRows.nextStart();
        UUID id = booked(FakePatientService.INELIGIBLE, start);
        given().contentType(ContentType.JSON).body(move(start.plus(Duration.ofHours(1)))).put(APPOINTMENTS + id)
                .then().statusCode(409)
                .body("type", equalTo("https://clinic.dev/problems/patient-ineligible"))
                .body("blockers", hasItem("CLINICAL_REVIEW_REQUIRED"));
    }
}
