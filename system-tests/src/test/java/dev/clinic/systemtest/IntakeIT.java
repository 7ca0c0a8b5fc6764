package dev.clinic.systemtest;

import static dev.clinic.systemtest.DemoUser.FRONTDESK_NORTHSIDE;
import static dev.clinic.systemtest.DemoUser.NEEDLING_NORTHSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A new patient's intake, through the gateway with real tokens: registration at the front desk,
 * screening that finds anticoagulants, the dry-needling block and its lifting by a clearance and
 * informed consent, the patient's own diary, and what the front desk may (not) see.
 */
class IntakeIT {

    private static final String DRY_NEEDLING = "DRY_NEEDLING";

    @Test
    void frontDeskRegistersPractitionerScreensClearsAndConsentsPatientKeepsADiary() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        // The front desk registers the patient.
        String patientId = TestPatients.create(FRONTDESK_NORTHSIDE);
        String patient = "/patients/" + patientId;

        // The practitioner records the screening: anticoagulants YES, nothing else.
        Map<String, Object> screening = new HashMap<>(Map.of(
                "bleedingDisorder", "NO", "anticoagulants", "YES", "pregnant", "NO", "immunocompromised", "NO",
                "recentSurgery", "NO", "activeSkinInfection", "NO", "needlePhobia", "NONE"));
        screening.put("preventiveMedications", List.of("propranolol"));
        Response screened = Api.as(NEEDLING_NORTHSIDE).contentType(ContentType.JSON).body(screening)
                .put(patient + "/screening");
        assertThat(screened.statusCode()).as("screening: %s", screened.asString()).isIn(200, 201);
        assertThat(screened.jsonPath().getList("contraindications.code", String.class))
                .as("derived contraindications").containsExactly("ANTICOAGULANTS");

        // Dry needling is blocked: the anticoagulants, and no informed consent yet.
        JsonPath blocked = eligibility(NEEDLING_NORTHSIDE, patient);
        assertThat(blocked.getBoolean("eligible")).isFalse();
        assertThat(blocked.getList("blockers", String.class)).contains("ANTICOAGULANTS", "CONSENT_REQUIRED");

        // The front desk learns only that a clinical review is needed, never why.
        JsonPath generic = eligibility(FRONTDESK_NORTHSIDE, patient);
        assertThat(generic.getBoolean("eligible")).isFalse();
        assertThat(generic.getList("blockers", String.class))
                .containsExactlyInAnyOrder("CLINICAL_REVIEW_REQUIRED", "CONSENT_REQUIRED");
        assertThat(generic.prettify()).doesNotContain("ANTICOAGULANTS");

        // The practitioner clears the contraindication and records the informed consent.
        Response cleared = Api.as(NEEDLING_NORTHSIDE).contentType(ContentType.JSON)
                .body(Map.of("clearedOn", today.toString(), "note", "INR stable; prescriber agrees"))
                .post(patient + "/contraindications/ANTICOAGULANTS/clearance");
        assertThat(cleared.statusCode()).as("clearance: %s", cleared.asString()).isEqualTo(201);
        Response consented = Api.as(NEEDLING_NORTHSIDE).contentType(ContentType.JSON)
                .body(Map.of("type", "DRY_NEEDLING_INFORMED", "formVersion", "2026-01", "signedBy", "The patient",
                        "risksExplained", List.of("bruising", "soreness", "pneumothorax")))
                .post(patient + "/consents");
        assertThat(consented.statusCode()).as("consent: %s", consented.asString()).isEqualTo(201);

        JsonPath eligible = eligibility(NEEDLING_NORTHSIDE, patient);
        assertThat(eligible.getBoolean("eligible")).as("eligibility after clearance and consent").isTrue();
        assertThat(eligible.getList("blockers")).isEmpty();
        assertThat(eligibility(FRONTDESK_NORTHSIDE, patient).getBoolean("eligible")).isTrue();

        // The patient keeps a diary with their own login and reads the monthly summary.
        String patientToken = PatientLogins.tokenFor("northside", patientId);
        LocalDate first = today.minusDays(2);
        for (int day = 0; day < 3; day++) {
            Map<String, Object> entry = new HashMap<>();
            entry.put("date", first.plusDays(day).toString());
            entry.put("hadHeadache", day != 1);
            if (day != 1) {
                entry.put("kind", "MIGRAINE");
                entry.put("intensity", 6 + day);
                entry.put("acuteMedication", List.of("sumatriptan"));
            }
            Response logged = Api.withToken(patientToken).contentType(ContentType.JSON).body(entry)
                    .post(patient + "/diary");
            assertThat(logged.statusCode()).as("diary day %d: %s", day, logged.asString()).isEqualTo(201);
        }
        Response summary = Api.withToken(patientToken)
                .queryParam("from", first.withDayOfMonth(1).toString())
                .queryParam("to", today.toString())
                .get(patient + "/diary/summary");
        assertThat(summary.statusCode()).as("summary: %s", summary.asString()).isEqualTo(200);
        String body = summary.asString();
        assertThat(body).contains("\"migraineDays\"").contains("\"chronicPattern\"");
        int migraineDays = summary.jsonPath().getList("months.migraineDays", Integer.class).stream()
                .mapToInt(Integer::intValue).sum();
        int headacheDays = summary.jsonPath().getList("months.headacheDays", Integer.class).stream()
                .mapToInt(Integer::intValue).sum();
        assertThat(migraineDays).isEqualTo(2);
        assertThat(headacheDays).isEqualTo(2);

        // The patient's own login reaches no one else's record.
        String stranger = TestPatients.create(FRONTDESK_NORTHSIDE);
        assertThat(Api.withToken(patientToken).get("/patients/" + stranger + "/diary").statusCode()).isEqualTo(404);
        // And the front desk never reads the clinical detail behind the code.
        assertThat(Api.as(FRONTDESK_NORTHSIDE).get(patient + "/screening").statusCode()).isEqualTo(403);
    }

    private static JsonPath eligibility(DemoUser caller, String patient) {
        Response answer = Api.as(caller).queryParam("modality", DRY_NEEDLING).get(patient + "/eligibility");
        assertThat(answer.statusCode()).as("eligibility for %s: %s", caller, answer.asString()).isEqualTo(200);
        return answer.jsonPath();
    }
}
