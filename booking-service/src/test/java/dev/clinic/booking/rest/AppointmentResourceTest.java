package dev.clinic.booking.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
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

@QuarkusTest
@QuarkusTestResource(FakePatientService.class)
class AppointmentResourceTest {

    private static final String CLINIC = "appointments-rest";
    private static final String PATIENT_ID = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11";

    @Inject
    AppointmentFixtures fixtures;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @ConfigProperty(name = "quarkus.rest-client.patient-service.url")
    String fakeUrl;

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

    private Map<String, Object> booking(Object patient, String start) {
        Map<String, Object> body = new HashMap<>();
        body.put("patientId", patient);
        body.put("practitionerId", practitioner);
        body.put("appointmentTypeId", type);
        body.put("locationId", location);
        body.put("start", start);
        return body;
    }

    private String book(Object patient, String start) {
        return given().contentType(ContentType.JSON).body(booking(patient, start)).post("/api/v1/appointments")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void bookingAnswersTheAppointmentAndReplaysItsKey() {
        UUID patient = UUID.randomUUID();
        var body = booking(patient, "2030-01-07T10:00:00Z");
        body.put("notes", "Prefers the quiet room.");
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", "k-" + patient).body(body)
                .post("/api/v1/appointments").then().statusCode(201)
                .body("status", equalTo("BOOKED"))
                .body("source", equalTo("STAFF"))
                .body("end", equalTo("2030-01-07T10:30:00Z"))
                .body("blockedUntil", equalTo("2030-01-07T10:40:00Z"))
                .body("lateCancellation", equalTo(false))
                .extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k-" + patient).body(body)
                .post("/api/v1/appointments").then().statusCode(201)
                .header("Idempotent-Replayed", "true").header("Location", "/api/v1/appointments/" + id)
                .body("id", equalTo(id));
        body.put("notes", "changed");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k-" + patient).body(body)
                .post("/api/v1/appointments").then().statusCode(422);
        // the caller's token went to patient-service
        given().baseUri(fakeUrl).get("/calls/" + patient).then().body("authorization", startsWith("Bearer "));
        assertThat(fixtures.countAudit(CLINIC, "CREATE")).isPositive();
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void touchingAppointmentsBothStandButOverlapNamesTheBlocker() {
        String first = book(UUID.randomUUID(), "2030-01-07T12:00:00Z");
        // 12:00 + 30 min + 10 min buffer = 12:40: a booking at 12:40 touches, 12:30 overlaps the buffer
        book(UUID.randomUUID(), "2030-01-07T12:40:00Z");
        given().contentType(ContentType.JSON).body(booking(UUID.randomUUID(), "2030-01-07T11:45:00Z"))
                .post("/api/v1/appointments").then().statusCode(409)
                .body("type", equalTo("https://clinic.dev/problems/overlap"))
                .body("resource", equalTo("practitioner"))
                .body("blockingAppointmentId", equalTo(first));
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void rulesAreCheckedInOrder() {
        // rule 2: outside hours (08:00-18:00 UTC) and during time off
        given().contentType(ContentType.JSON).body(booking(UUID.randomUUID(), "2030-01-07T17:45:00Z"))
                .post("/api/v1/appointments").then().statusCode(409)
                .body("type", equalTo("https://clinic.dev/problems/outside-schedule"))
                .body("reason", equalTo("NOT_WORKING"));
        fixtures.timeOff(CLINIC, practitioner, Instant.parse("2030-01-09T09:00:00Z"), Instant.parse("2030-01-09T11:00:00Z"));
        given().contentType(ContentType.JSON).body(booking(UUID.randomUUID(), "2030-01-09T10:00:00Z"))
                .post("/api/v1/appointments").then().statusCode(409)
                .body("reason", equalTo("TIME_OFF"));
        // rule 4: patient-service says no, with the reasons the caller may see
        given().contentType(ContentType.JSON).body(booking(FakePatientService.INELIGIBLE, "2030-01-10T10:00:00Z"))
                .post("/api/v1/appointments").then().statusCode(409)
                .body("type", equalTo("https://clinic.dev/problems/patient-ineligible"))
                .body("blockers", hasItem("CLINICAL_REVIEW_REQUIRED"));
        given().contentType(ContentType.JSON).body(booking(FakePatientService.UNKNOWN, "2030-01-10T10:00:00Z"))
                .post("/api/v1/appointments").then().statusCode(404);
        // rule 1: credentials expired before the date
        practitioner = fixtures.needlingPractitioner(CLINIC, location, LocalDate.parse("2029-12-31"));
        given().contentType(ContentType.JSON).body(booking(UUID.randomUUID(), "2030-01-07T10:00:00Z"))
                .post("/api/v1/appointments").then().statusCode(409)
                .body("type", equalTo("https://clinic.dev/problems/practitioner-not-bookable"))
                .body("reasons", hasItem("CREDENTIALS_NOT_VALID"));
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void patientServiceDownOrSlowIs503AndNothingStored() {
        long before = fixtures.countAppointments(CLINIC);
        // The first request of a run also pays for the service's start-up (OIDC discovery); not what is measured.
        given().get("/api/v1/appointments").then().statusCode(200);
        long started = System.nanoTime();
        given().contentType(ContentType.JSON).body(booking(FakePatientService.HANGING, "2030-01-11T10:00:00Z"))
                .post("/api/v1/appointments").then().statusCode(503)
                .body("type", equalTo("https://clinic.dev/problems/service-unavailable"));
        // bounded by the 2 s timeout, not a hang; loose so a busy machine passes
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10_000);
        given().contentType(ContentType.JSON).body(booking(FakePatientService.DROPPED, "2030-01-11T10:00:00Z"))
                .post("/api/v1/appointments").then().statusCode(503);
        assertThat(fixtures.countAppointments(CLINIC)).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void badInputIs400AndOverrideNeedsAnAdmin() {
        given().contentType(ContentType.JSON).body(Map.of("patientId", UUID.randomUUID())).post("/api/v1/appointments")
                .then().statusCode(400).body("errors.field", hasItem("start"));
        var body = booking(UUID.randomUUID(), "2030-01-07T20:00:00Z");
        body.put("overrideReason", "Evening session");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/appointments").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void adminOverridesTheScheduleWithAReasonButNeverAnOverlap() {
        var body = booking(UUID.randomUUID(), "2030-01-07T20:00:00Z");
        body.put("overrideReason", "Evening session agreed");
        String id = given().contentType(ContentType.JSON).body(body).post("/api/v1/appointments").then().statusCode(201)
                .body("overrideReason", equalTo("Evening session agreed")).extract().path("id");
        var clash = booking(UUID.randomUUID(), "2030-01-07T20:15:00Z");
        clash.put("overrideReason", "Squeeze in");
        given().contentType(ContentType.JSON).body(clash).post("/api/v1/appointments").then().statusCode(409)
                .body("blockingAppointmentId", equalTo(id));
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void lifecycleWithETagsAndTransitions() {
        String id = book(UUID.randomUUID(), "2030-01-08T09:00:00Z");
        String etag = given().get("/api/v1/appointments/" + id).then().statusCode(200).header("ETag", notNullValue())
                .extract().header("ETag");
        given().header("If-Match", "\"99\"").post("/api/v1/appointments/" + id + "/check-in").then().statusCode(412);
        given().post("/api/v1/appointments/" + id + "/complete").then().statusCode(409)
                .body("type", equalTo("https://clinic.dev/problems/invalid-transition"));
        given().header("If-Match", etag).post("/api/v1/appointments/" + id + "/check-in").then().statusCode(200)
                .body("status", equalTo("CHECKED_IN"));
        given().post("/api/v1/appointments/" + id + "/complete").then().statusCode(200).body("status", equalTo("COMPLETED"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "CLINIC")).post("/api/v1/appointments/" + id + "/cancel")
                .then().statusCode(409);
        String other = book(UUID.randomUUID(), "2030-01-08T10:00:00Z");
        given().post("/api/v1/appointments/" + other + "/no-show").then().statusCode(200).body("status", equalTo("NO_SHOW"));
        given().get("/api/v1/appointments/" + UUID.randomUUID()).then().statusCode(404);
    }

    /** modality and massageTechnique come from the type, in the answer of every operation. */
    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void everyAnswerNamesWhatIsBooked() {
        String needling = given().contentType(ContentType.JSON)
                .body(booking(UUID.randomUUID(), "2030-01-16T09:00:00Z")).post("/api/v1/appointments")
                .then().statusCode(201)
                .body("modality", equalTo("DRY_NEEDLING"))
                .body("$", hasKey("massageTechnique")).body("massageTechnique", nullValue())
                .extract().path("id");
        fixtures.offersMassageToo(practitioner);
        type = fixtures.massageType(CLINIC, "SWEDISH");
        String massage = given().contentType(ContentType.JSON)
                .body(booking(UUID.randomUUID(), "2030-01-16T11:00:00Z")).post("/api/v1/appointments")
                .then().statusCode(201)
                .body("modality", equalTo("MASSAGE")).body("massageTechnique", equalTo("SWEDISH"))
                .body("end", equalTo("2030-01-16T12:00:00Z"))
                .extract().path("id");

        String etag = given().get("/api/v1/appointments/" + massage).then().statusCode(200)
                .body("modality", equalTo("MASSAGE")).body("massageTechnique", equalTo("SWEDISH"))
                .extract().header("ETag");
        given().get("/api/v1/appointments/" + needling).then().statusCode(200)
                .body("modality", equalTo("DRY_NEEDLING")).body("massageTechnique", nullValue());
        var listed = given().queryParam("practitionerId", practitioner.toString()).queryParam("limit", 200)
                .get("/api/v1/appointments").then().statusCode(200).extract().jsonPath();
        assertThat(listed.getString("items.find { it.id == '" + massage + "' }.modality")).isEqualTo("MASSAGE");
        assertThat(listed.getString("items.find { it.id == '" + massage + "' }.massageTechnique")).isEqualTo("SWEDISH");
        assertThat(listed.getString("items.find { it.id == '" + needling + "' }.modality")).isEqualTo("DRY_NEEDLING");
        assertThat(listed.getString("items.find { it.id == '" + needling + "' }.massageTechnique")).isNull();

        etag = given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("practitionerId", practitioner, "locationId", location, "start", "2030-01-16T13:00:00Z"))
                .put("/api/v1/appointments/" + massage).then().statusCode(200)
                .body("modality", equalTo("MASSAGE")).body("massageTechnique", equalTo("SWEDISH"))
                .extract().header("ETag");
        etag = given().header("If-Match", etag).post("/api/v1/appointments/" + massage + "/check-in").then()
                .statusCode(200).body("modality", equalTo("MASSAGE")).body("massageTechnique", equalTo("SWEDISH"))
                .extract().header("ETag");
        given().header("If-Match", etag).post("/api/v1/appointments/" + massage + "/complete").then()
                .statusCode(200).body("modality", equalTo("MASSAGE")).body("massageTechnique", equalTo("SWEDISH"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "CLINIC"))
                .post("/api/v1/appointments/" + needling + "/cancel").then().statusCode(200)
                .body("modality", equalTo("DRY_NEEDLING")).body("massageTechnique", nullValue());
        String noShow = book(UUID.randomUUID(), "2030-01-16T15:00:00Z");
        given().post("/api/v1/appointments/" + noShow + "/no-show").then().statusCode(200)
                .body("modality", equalTo("MASSAGE")).body("massageTechnique", equalTo("SWEDISH"));
    }

    /** What was booked (and checked) stays with the appointment when its type is changed later. */
    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void aLaterChangeOfTheTypeLeavesBookedAppointmentsAsTheyWere() {
        String id = book(UUID.randomUUID(), "2030-01-17T09:00:00Z");
        fixtures.makeMassage(type, "CRANIOSACRAL");
        given().get("/api/v1/appointments/" + id).then().statusCode(200)
                .body("modality", equalTo("DRY_NEEDLING")).body("massageTechnique", nullValue())
                .header("ETag", "\"0\"");
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void cancellingFreesTheTimeAndFlagsLateOnes() {
        String id = given().contentType(ContentType.JSON).body(booking(UUID.randomUUID(), "2030-01-09T14:00:00Z"))
                .post("/api/v1/appointments").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("reason", "NOPE")).post("/api/v1/appointments/" + id + "/cancel")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("reason", "PATIENT_REQUEST"))
                .post("/api/v1/appointments/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("lateCancellation", equalTo(false))
                .body("cancellationReason", equalTo("PATIENT_REQUEST"));
        book(UUID.randomUUID(), "2030-01-09T14:00:00Z");
        // sync lists include cancelled ones
        given().queryParam("updatedSince", "2000-01-01T00:00:00Z").queryParam("practitionerId", practitioner.toString())
                .get("/api/v1/appointments").then().statusCode(200).body("items.status", hasItem("CANCELLED"));
    }

    @Test
    @TestSecurity(user = "ehr-sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void integratorReadsButNeverWrites() {
        given().contentType(ContentType.JSON).body(booking(UUID.randomUUID(), "2030-01-07T10:00:00Z"))
                .post("/api/v1/appointments").then().statusCode(403);
        given().get("/api/v1/appointments").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "needling", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void practitionerCannotBook() {
        given().contentType(ContentType.JSON).body(booking(UUID.randomUUID(), "2030-01-07T10:00:00Z"))
                .post("/api/v1/appointments").then().statusCode(403);
    }

    @Test
    void anonymousIs401() {
        given().get("/api/v1/appointments").then().statusCode(401);
        given().get("/api/v1/availability").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "patient", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "patient_id", value = PATIENT_ID) })
    void patientBooksListsAndCancelsOnlyTheirOwn() {
        given().contentType(ContentType.JSON).body(booking(UUID.randomUUID(), "2030-01-14T10:00:00Z"))
                .post("/api/v1/appointments").then().statusCode(404);
        String own = given().contentType(ContentType.JSON).body(booking(PATIENT_ID, "2030-01-14T10:00:00Z"))
                .post("/api/v1/appointments").then().statusCode(201).body("source", equalTo("PATIENT"))
                .extract().path("id");
        given().get("/api/v1/appointments").then().statusCode(200).body("items.patientId", not(hasItem(not(PATIENT_ID))));
        given().queryParam("patientId", UUID.randomUUID().toString()).get("/api/v1/appointments").then().statusCode(404);
        given().post("/api/v1/appointments/" + own + "/check-in").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("reason", "PATIENT_REQUEST"))
                .post("/api/v1/appointments/" + own + "/cancel").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void availabilityLeavesOutBookedTimeAndRefusesLongRanges() {
        book(UUID.randomUUID(), "2030-01-15T09:00:00Z");
        var slots = given().queryParam("appointmentTypeId", type.toString())
                .queryParam("from", "2030-01-15T08:00:00Z").queryParam("to", "2030-01-15T18:00:00Z")
                .queryParam("practitionerId", practitioner.toString())
                .get("/api/v1/availability").then().statusCode(200).extract().jsonPath().getList("slots.start", String.class);
        // 08:00..17:15 on a 15-minute step (30 min + 10 buffer must end by 18:00), minus what overlaps 09:00-09:40
        assertThat(slots).contains("2030-01-15T08:00:00Z", "2030-01-15T08:15:00Z", "2030-01-15T09:45:00Z",
                "2030-01-15T17:15:00Z");
        assertThat(slots).doesNotContain("2030-01-15T08:30:00Z", "2030-01-15T09:00:00Z", "2030-01-15T09:30:00Z",
                "2030-01-15T17:30:00Z");
        given().queryParam("appointmentTypeId", type.toString())
                .queryParam("from", "2030-01-01T00:00:00Z").queryParam("to", "2030-02-02T00:00:00Z")
                .get("/api/v1/availability").then().statusCode(400).body("errors.field", hasItem("to"))
                .body("detail", containsString("31 days"));
        given().queryParam("from", "2030-01-01T00:00:00Z").queryParam("to", "2030-01-02T00:00:00Z")
                .get("/api/v1/availability").then().statusCode(400).body("errors.field", hasItem("appointmentTypeId"));
    }
}
