package dev.clinic.systemtest;

import static dev.clinic.systemtest.DemoUser.ADMIN_NORTHSIDE;
import static dev.clinic.systemtest.DemoUser.FRONTDESK_NORTHSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A clinic admin sets up a practitioner from nothing, the practitioner signs in, the front desk
 * books across practitioners, the server refuses what must be refused (double booking,
 * ineligible patient, patient-service down), and a patient books and cancels online.
 */
class BookingIT {

    private static final List<String> WEEK = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY");

    @Test
    void adminSetsUpFrontDeskBooksServerRefusesPatientBooksOnline() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);

        // The admin sets up the clinic, a location, a practitioner with a login, credentials, hours and a type.
        Expect.status(Api.as(ADMIN_NORTHSIDE).contentType(ContentType.JSON)
                .body(Map.of("name", "Northside Physio & Massage", "timeZone", "America/New_York", "jurisdiction",
                        "US-FL", "cancellationWindowHours", 24, "slotStepMinutes", 15, "currency", "USD"))
                .put("/clinic"), 200, "clinic settings");
        String location = Expect.created(Api.as(ADMIN_NORTHSIDE).contentType(ContentType.JSON)
                .body(Map.of("name", "IT location " + run)).post("/locations"), "location").getString("id");
        Expect.created(Api.as(ADMIN_NORTHSIDE).contentType(ContentType.JSON).body(Map.of("name", "Room A"))
                .post("/locations/" + location + "/rooms"), "room");
        String email = "it-" + run + "@northside.example";
        JsonPath practitioner = Expect.created(Api.as(ADMIN_NORTHSIDE).contentType(ContentType.JSON)
                .body(Map.of("givenName", "Ida", "familyName", "Test " + run, "email", email,
                        "modalities", List.of("DRY_NEEDLING"), "createLogin", true))
                .post("/practitioners"), "practitioner");
        String practitionerId = practitioner.getString("id");
        String temporaryPassword = practitioner.getString("temporaryPassword");
        assertThat(temporaryPassword).as("one-time password of the new login").isNotBlank();

        Response tooFewHours = Api.as(ADMIN_NORTHSIDE).contentType(ContentType.JSON)
                .body(Map.of("type", "DRY_NEEDLING_CERT", "jurisdiction", "US-FL", "number", "DN-" + run,
                        "issuer", "Course", "issuedOn", "2024-01-15", "trainingHours", 30))
                .post("/practitioners/" + practitionerId + "/credentials");
        assertThat(tooFewHours.statusCode()).isEqualTo(400);
        assertThat(tooFewHours.asString()).contains("trainingHours").contains("50");
        for (Map<String, Object> credential : List.<Map<String, Object>>of(
                Map.of("type", "PT_LICENSE", "jurisdiction", "US-FL", "number", "PT-" + run, "issuer", "Board",
                        "issuedOn", "2018-06-01", "expiresOn", "2035-05-31"),
                Map.of("type", "DRY_NEEDLING_CERT", "jurisdiction", "US-FL", "number", "DN-" + run, "issuer",
                        "Course", "issuedOn", "2024-01-15", "expiresOn", "2035-01-14", "trainingHours", 60))) {
            Expect.created(Api.as(ADMIN_NORTHSIDE).contentType(ContentType.JSON).body(credential)
                    .post("/practitioners/" + practitionerId + "/credentials"), "credential");
        }
        List<Map<String, Object>> hours = new ArrayList<>();
        for (String day : WEEK) {
            hours.add(Map.of("weekday", day, "start", "00:00", "end", "23:45", "locationId", location));
        }
        Expect.status(Api.as(ADMIN_NORTHSIDE).contentType(ContentType.JSON).body(Map.of("intervals", hours))
                .put("/practitioners/" + practitionerId + "/schedule"), 200, "schedule");
        String type = Expect.created(Api.as(ADMIN_NORTHSIDE).contentType(ContentType.JSON)
                .body(Map.of("name", "IT dry needling " + run, "modality", "DRY_NEEDLING", "durationMinutes", 30,
                        "bufferMinutes", 0, "priceMinor", 8000))
                .post("/appointment-types"), "appointment type").getString("id");

        // The new practitioner signs in for the first time (and must choose a password).
        String practitionerToken = BrowserLogin.firstSignIn(email, temporaryPassword, "Pw-" + UUID.randomUUID());
        Map<String, Object> claims = claims(practitionerToken);
        assertThat(claims.get("clinic_id")).isEqualTo("northside");
        assertThat(String.valueOf(claims.get("realm_access"))).contains("practitioner");
        Expect.status(Api.withToken(practitionerToken).get("/practitioners/" + practitionerId), 200, "own profile");

        // The front desk finds availability across practitioners in one call.
        Instant from = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        Instant to = from.plus(7, ChronoUnit.DAYS);
        Response availability = Api.as(FRONTDESK_NORTHSIDE)
                .queryParam("appointmentTypeId", type).queryParam("from", from.toString())
                .queryParam("to", to.toString()).get("/availability");
        Expect.status(availability, 200, "availability");
        List<Map<String, String>> slots = availability.jsonPath().getList("slots");
        assertThat(slots.stream().map(s -> s.get("practitionerId")).distinct().count())
                .as("slots of more than one practitioner (the demo practitioner too)").isGreaterThanOrEqualTo(2);
        Map<String, String> slot = slots.stream().filter(s -> s.get("practitionerId").equals(practitionerId))
                .findFirst().orElseThrow();

        // Books for an eligible patient.
        String patient = TestPatients.eligibleForNeedling();
        Map<String, Object> booking = Map.of("patientId", patient, "practitionerId", practitionerId,
                "appointmentTypeId", type, "locationId", location, "start", slot.get("start"));
        String appointment = Expect.created(Api.as(FRONTDESK_NORTHSIDE).contentType(ContentType.JSON).body(booking)
                .post("/appointments"), "appointment").getString("id");

        // A double booking of the practitioner is refused and names the appointment in the way.
        Map<String, Object> clash = Map.of("patientId", TestPatients.eligibleForNeedling(), "practitionerId", practitionerId,
                "appointmentTypeId", type, "locationId", location, "start", slot.get("start"));
        Response refused = Api.as(FRONTDESK_NORTHSIDE).contentType(ContentType.JSON).body(clash).post("/appointments");
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(409);
        assertThat(refused.jsonPath().getString("blockingAppointmentId")).isEqualTo(appointment);

        // An unscreened patient is refused with the reasons the front desk may see.
        String unscreened = TestPatients.create(FRONTDESK_NORTHSIDE);
        Instant later = Instant.parse(slot.get("start")).plus(2, ChronoUnit.HOURS);
        Response ineligible = Api.as(FRONTDESK_NORTHSIDE).contentType(ContentType.JSON)
                .body(Map.of("patientId", unscreened, "practitionerId", practitionerId, "appointmentTypeId", type,
                        "locationId", location, "start", later.toString()))
                .post("/appointments");
        assertThat(ineligible.statusCode()).as(ineligible.asString()).isEqualTo(409);
        assertThat(ineligible.jsonPath().getList("blockers", String.class)).contains("CLINICAL_REVIEW_REQUIRED");

        // With patient-service down, booking fails fast with 503 and stores nothing.
        String waiting = TestPatients.eligibleForNeedling();
        Instant evening = Instant.parse(slot.get("start")).plus(4, ChronoUnit.HOURS);
        Map<String, Object> whileDown = Map.of("patientId", waiting, "practitionerId", practitionerId,
                "appointmentTypeId", type, "locationId", location, "start", evening.toString());
        Launcher.withServiceStopped("patient-service", () -> {
            long started = System.nanoTime();
            Response unavailable = Api.as(FRONTDESK_NORTHSIDE).contentType(ContentType.JSON).body(whileDown)
                    .post("/appointments");
            assertThat(unavailable.statusCode()).as(unavailable.asString()).isEqualTo(503);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        });
        List<String> stored = Api.as(FRONTDESK_NORTHSIDE).queryParam("patientId", waiting).get("/appointments")
                .jsonPath().getList("items.id", String.class);
        assertThat(stored).as("nothing stored while patient-service was down").isEmpty();

        // The patient books and cancels their own appointment online.
        String own = PatientLogins.tokenFor("northside", waiting);
        JsonPath online = Expect.created(Api.withToken(own).contentType(ContentType.JSON).body(whileDown)
                .post("/appointments"), "online booking");
        assertThat(online.getString("source")).isEqualTo("PATIENT");
        assertThat(Api.withToken(own).get("/appointments/" + appointment).statusCode())
                .as("someone else's appointment").isEqualTo(404);
        Response cancelled = Api.withToken(own).contentType(ContentType.JSON).body(Map.of("reason", "PATIENT_REQUEST"))
                .post("/appointments/" + online.getString("id") + "/cancel");
        Expect.status(cancelled, 200, "cancel");
        assertThat(cancelled.jsonPath().getString("status")).isEqualTo("CANCELLED");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claims(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return new io.restassured.path.json.JsonPath(payload).getMap("");
    }
}
