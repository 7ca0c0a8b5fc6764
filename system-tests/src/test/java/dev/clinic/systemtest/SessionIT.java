package dev.clinic.systemtest;

import static dev.clinic.systemtest.DemoUser.ADMIN_NORTHSIDE;
import static dev.clinic.systemtest.DemoUser.FRONTDESK_NORTHSIDE;
import static dev.clinic.systemtest.DemoUser.MASSAGE_NORTHSIDE;
import static dev.clinic.systemtest.DemoUser.NEEDLING_NORTHSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A dry-needling visit documented end to end through the gateway with real tokens: the
 * practitioner checks the patient in, drafts the session from the appointment, is stopped from
 * signing without the pneumothorax advice, signs, cannot edit the signed record, amends it,
 * records a bruise and reads the billing; the patient reads the signed session; the front desk
 * is refused; with patient-service down nothing is signed.
 */
class SessionIT {

    @Test
    void practitionerDocumentsSignsAndAmendsADryNeedlingVisit() throws Exception {
        String patient = TestPatients.eligibleForNeedling();
        String practitioner = Expect.status(Api.as(NEEDLING_NORTHSIDE).get("/practitioners/me"), 200,
                "own practitioner record").getString("id");
        String appointment = bookDryNeedling(patient, practitioner);

        // The practitioner checks the patient in and drafts the session from the appointment.
        JsonPath checkedIn = Expect.status(Api.as(NEEDLING_NORTHSIDE).post("/appointments/" + appointment + "/check-in"),
                200, "check-in by the practitioner");
        assertThat(checkedIn.getString("status")).isEqualTo("CHECKED_IN");
        Map<String, Object> draft = new HashMap<>();
        draft.put("appointmentId", appointment);
        draft.put("subjective", "Left-sided headaches three times a week, neck stiffness.");
        draft.put("objective", "Active trigger points in both upper trapezius and the right suboccipitals.");
        draft.put("diagnosisCodes", List.of("G44.86", "M79.18"));
        draft.put("needleLot", "LOT-IT-0412");
        draft.put("painBefore", 6);
        draft.put("aftercare", Map.of("skinChecked", true, "hydrationAdvised", true));
        draft.put("needlingSites", List.of(
                Bookings.needlingSite("UPPER_TRAPEZIUS", "BILATERAL"),
                Bookings.needlingSite("SUBOCCIPITALS", "RIGHT")));
        Response created = Api.as(NEEDLING_NORTHSIDE).contentType(ContentType.JSON).body(draft).post("/sessions");
        JsonPath session = Expect.created(created, "draft from the appointment");
        String id = session.getString("id");
        assertThat(created.header("Location")).isEqualTo("/api/v1/sessions/" + id);
        assertThat(session.getString("status")).isEqualTo("DRAFT");
        assertThat(session.getString("patientId")).as("from the appointment").isEqualTo(patient);
        assertThat(session.getString("practitionerId")).as("from the appointment").isEqualTo(practitioner);
        assertThat(session.getString("modality")).as("from the appointment").isEqualTo("DRY_NEEDLING");
        assertThat(session.getString("needlingSites[0].muscleCoding.code")).isEqualTo("upper-trapezius");

        // Signing without the pneumothorax advice is refused, naming the rule.
        Response refused = Api.as(NEEDLING_NORTHSIDE).post("/sessions/" + id + "/sign");
        JsonPath problem = Problems.assertProblem(refused, 409);
        assertThat(problem.getList("violations.rule", String.class)).containsExactly("PNEUMOTHORAX_ADVICE_REQUIRED");

        // The practitioner corrects the draft and signs: a first session with three needles warns.
        draft.put("aftercare", Map.of("skinChecked", true, "hydrationAdvised", true, "pneumothoraxAdviceGiven", true));
        String etag = Api.as(NEEDLING_NORTHSIDE).get("/sessions/" + id).header("ETag");
        Expect.status(Api.as(NEEDLING_NORTHSIDE).header("If-Match", etag).contentType(ContentType.JSON).body(draft)
                .put("/sessions/" + id), 200, "corrected draft");
        JsonPath signed = Expect.status(Api.as(NEEDLING_NORTHSIDE).post("/sessions/" + id + "/sign"), 200, "signing");
        assertThat(signed.getString("session.status")).isEqualTo("SIGNED");
        assertThat(signed.getString("session.signedBy")).isEqualTo(practitioner);
        assertThat(signed.getList("warnings.rule", String.class)).containsExactly("FIRST_SESSION_MANY_NEEDLES");

        // The signed record cannot change; it grows by an amendment and an adverse event.
        draft.put("painAfter", 2);
        Problems.assertProblem(Api.as(NEEDLING_NORTHSIDE).contentType(ContentType.JSON).body(draft)
                .put("/sessions/" + id), 409);
        JsonPath amendment = Expect.created(Api.as(NEEDLING_NORTHSIDE).contentType(ContentType.JSON)
                .body(Map.of("reason", "Late entry", "text", "Pain after treatment was 2/10."))
                .post("/sessions/" + id + "/amendments"), "amendment");
        assertThat(amendment.getString("authorId")).isEqualTo(practitioner);
        JsonPath bruise = Expect.created(Api.as(NEEDLING_NORTHSIDE).contentType(ContentType.JSON)
                .body(Map.of("type", "BRUISING", "severity", "MILD",
                        "onsetAt", Instant.parse(session.getString("startedAt")).plus(4, ChronoUnit.HOURS).toString(),
                        "notes", "Small bruise over the right upper trapezius."))
                .post("/sessions/" + id + "/adverse-events"), "adverse event");
        assertThat(bruise.getBoolean("reportable")).isFalse();
        JsonPath stored = Expect.status(Api.as(NEEDLING_NORTHSIDE).get("/sessions/" + id), 200, "signed session");
        assertThat(stored.getInt("painBefore")).isEqualTo(6);
        assertThat(stored.getString("painAfter")).as("unchanged by the refused edit").isNull();

        // Billing: upper trapezius left and right plus suboccipitals are three muscles.
        JsonPath billing = Expect.status(Api.as(ADMIN_NORTHSIDE).get("/sessions/" + id + "/billing"), 200, "billing");
        assertThat(billing.getList("lines.code", String.class)).containsExactly("20561");
        assertThat(billing.getList("lines.units", Integer.class)).containsExactly(1);
        assertThat(billing.getBoolean("billable")).isTrue();

        // The patient reads their signed session, never a draft; the front desk reads no session.
        String patientToken = PatientLogins.tokenFor("northside", patient);
        Expect.status(Api.withToken(patientToken).get("/sessions/" + id), 200, "the patient's signed session");
        assertThat(Api.withToken(patientToken).get("/sessions").jsonPath().getList("items.id", String.class))
                .containsExactly(id);
        String otherDraft = Expect.created(Api.as(NEEDLING_NORTHSIDE).contentType(ContentType.JSON)
                .body(Map.of("patientId", patient, "modality", "DRY_NEEDLING", "startedAt", Instant.now().toString()))
                .post("/sessions"), "a second draft").getString("id");
        Problems.assertProblem(Api.withToken(patientToken).get("/sessions/" + otherDraft), 404);
        Problems.assertProblem(Api.as(FRONTDESK_NORTHSIDE).get("/sessions/" + id), 403);
        Problems.assertProblem(Api.as(FRONTDESK_NORTHSIDE).get("/sessions"), 403);
        // Another practitioner reads it but may not sign someone else's draft.
        Expect.status(Api.as(MASSAGE_NORTHSIDE).get("/sessions/" + id), 200, "a colleague reads");
        Problems.assertProblem(Api.as(MASSAGE_NORTHSIDE).post("/sessions/" + otherDraft + "/sign"), 403);

        // With patient-service down, signing dry needling answers 503 fast and signs nothing.
        Map<String, Object> complete = new HashMap<>(Map.of("patientId", patient, "modality", "DRY_NEEDLING",
                "startedAt", Instant.now().toString(),
                "aftercare", Map.of("skinChecked", true),
                "needlingSites", List.of(Bookings.needlingSite("TEMPORALIS", "LEFT"))));
        String etagOfDraft = Api.as(NEEDLING_NORTHSIDE).get("/sessions/" + otherDraft).header("ETag");
        Expect.status(Api.as(NEEDLING_NORTHSIDE).header("If-Match", etagOfDraft).contentType(ContentType.JSON)
                .body(complete).put("/sessions/" + otherDraft), 200, "a complete second draft");
        Launcher.withServiceStopped("patient-service", () -> {
            long started = System.nanoTime();
            Problems.assertProblem(Api.as(NEEDLING_NORTHSIDE).post("/sessions/" + otherDraft + "/sign"), 503);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        });
        assertThat(Api.as(NEEDLING_NORTHSIDE).get("/sessions/" + otherDraft).jsonPath().getString("status"))
                .as("nothing signed while patient-service was down").isEqualTo("DRAFT");
        Expect.status(Api.as(NEEDLING_NORTHSIDE).post("/sessions/" + otherDraft + "/sign"), 200,
                "signing once patient-service is back");
    }

    /** Books the demo practitioner's first free dry-needling slot from tomorrow for the patient. */
    private static String bookDryNeedling(String patient, String practitioner) {
        List<Map<String, Object>> types = Expect.status(Api.as(FRONTDESK_NORTHSIDE).queryParam("limit", 200)
                .get("/appointment-types"), 200, "appointment types").getList("items");
        String type = types.stream()
                .filter(t -> "DRY_NEEDLING".equals(t.get("modality")) && Boolean.TRUE.equals(t.get("active")))
                .map(t -> (String) t.get("id")).findFirst().orElseThrow();
        Instant from = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        List<Map<String, String>> slots = Expect.status(Api.as(FRONTDESK_NORTHSIDE)
                .queryParam("appointmentTypeId", type).queryParam("practitionerId", practitioner)
                .queryParam("from", from.toString()).queryParam("to", from.plus(14, ChronoUnit.DAYS).toString())
                .get("/availability"), 200, "availability").getList("slots");
        assertThat(slots).as("free dry-needling slots of the demo practitioner").isNotEmpty();
        Map<String, String> slot = slots.get(0);
        return Expect.created(Api.as(FRONTDESK_NORTHSIDE).contentType(ContentType.JSON)
                .body(Map.of("patientId", patient, "practitionerId", practitioner, "appointmentTypeId", type,
                        "locationId", slot.get("locationId"), "start", slot.get("start")))
                .post("/appointments"), "appointment").getString("id");
    }
}
