package dev.clinic.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Patients for the system tests. The databases are shared with the demo data and never emptied,
 * so every patient gets a family name no earlier run can have used.
 */
final class TestPatients {

    /** The API's largest page; a bound on the pages followed guards against a cursor that loops. */
    private static final int PAGE_SIZE = 200;
    private static final int MAX_PAGES = 500;

    private TestPatients() {
    }

    /** A valid create request with a unique family name, e.g. "Systestqhxkwmbtrzpa". */
    static Map<String, Object> newPatient() {
        return newPatient(uniqueFamilyName());
    }

    static Map<String, Object> newPatient(String familyName) {
        String mailbox = familyName.toLowerCase();
        Map<String, Object> patient = new LinkedHashMap<>();
        patient.put("givenName", "Ada");
        patient.put("familyName", familyName);
        patient.put("birthDate", "1990-05-17");
        patient.put("sex", "female");
        patient.put("email", "ada." + mailbox + "@example.org");
        patient.put("phone", "+1305555" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)));
        return patient;
    }

    /** Letters only, so no name validation rule can object to it. */
    static String uniqueFamilyName() {
        StringBuilder name = new StringBuilder("Systest");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 12; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    /** Creates a patient as the given user and returns its id. */
    static String create(DemoUser user, Map<String, Object> patient) {
        Response response = Api.as(user)
                .contentType(ContentType.JSON)
                .body(patient)
                .post("/patients");
        assertThat(response.statusCode()).as("create patient: %s", response.asString()).isEqualTo(201);
        return response.path("id");
    }

    static String create(DemoUser user) {
        return create(user, newPatient());
    }

    /** A new northside patient, screened with nothing found and consented to dry needling by the demo practitioner. */
    static String eligibleForNeedling() {
        String id = create(DemoUser.FRONTDESK_NORTHSIDE);
        Response screening = Api.as(DemoUser.NEEDLING_NORTHSIDE).contentType(ContentType.JSON)
                .body(Map.of("bleedingDisorder", "NO", "anticoagulants", "NO", "pregnant", "NO", "immunocompromised",
                        "NO", "recentSurgery", "NO", "activeSkinInfection", "NO", "needlePhobia", "NONE"))
                .put("/patients/" + id + "/screening");
        assertThat(screening.statusCode()).as("screening: %s", screening.asString()).isEqualTo(201);
        Response consent = Api.as(DemoUser.NEEDLING_NORTHSIDE).contentType(ContentType.JSON)
                .body(Map.of("type", "DRY_NEEDLING_INFORMED", "formVersion", "2026-01", "signedBy", "The patient",
                        "risksExplained", List.of("soreness")))
                .post("/patients/" + id + "/consents");
        assertThat(consent.statusCode()).as("consent: %s", consent.asString()).isEqualTo(201);
        return id;
    }

    /** The ids of every patient the user may list, following nextCursor to the last page. */
    static List<String> listAllIds(DemoUser user) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            RequestSpecification request = Api.as(user).queryParam("limit", PAGE_SIZE);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response response = request.get("/patients");
            assertThat(response.statusCode()).as("list page %d: %s", page, response.asString()).isEqualTo(200);
            assertThat(response.jsonPath().getMap("$")).as("list body").containsKeys("items", "nextCursor");
            List<String> items = response.jsonPath().getList("items.id", String.class);
            assertThat(items).as("page size").hasSizeLessThanOrEqualTo(PAGE_SIZE);
            ids.addAll(items);
            cursor = response.jsonPath().getString("nextCursor");
            if (cursor == null) {
                return ids;
            }
        }
        throw new AssertionError("the patient list did not end within " + MAX_PAGES + " pages");
    }
}
