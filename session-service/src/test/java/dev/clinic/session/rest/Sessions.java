package dev.clinic.session.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * What the session tests share: request bodies as a client writes them, the calls, and how a
 * problem answer is checked.
 */
final class Sessions {

    static final String SESSIONS = "/api/v1/sessions";
    static final String PROBLEM = "application/problem+json";
    /** The start of the sessions {@link #dryNeedling} writes. */
    static final String STARTED_AT = "2026-03-04T14:00:00Z";

    private Sessions() {
    }

    // ---- bodies ----

    static Map<String, Object> dryNeedling(String patientId) {
        Map<String, Object> body = new HashMap<>();
        body.put("patientId", patientId);
        body.put("modality", "DRY_NEEDLING");
        body.put("startedAt", STARTED_AT);
        body.put("endedAt", "2026-03-04T14:30:00Z");
        body.put("subjective", "Right-sided headache for 3 days.");
        body.put("objective", "Trigger points in right upper trapezius.");
        body.put("assessment", "Myofascial pain, cervicogenic headache.");
        body.put("plan", "Weekly for 4 weeks.");
        body.put("painBefore", 7);
        body.put("painAfter", 3);
        return body;
    }

    static Map<String, Object> massage(String patientId, String technique) {
        Map<String, Object> body = new HashMap<>();
        body.put("patientId", patientId);
        body.put("modality", "MASSAGE");
        body.put("massageTechnique", technique);
        body.put("startedAt", "2026-03-04T15:00:00Z");
        return body;
    }

    /** A dry-needling draft that keeps every signing rule: one needle off the thorax, skin checked. */
    static Map<String, Object> signable(String patientId) {
        return withSites(dryNeedling(patientId), "SUBOCCIPITALS:LEFT:1", "skinChecked");
    }

    /** {@code body} with the sites ("MUSCLE:SIDE:NEEDLES" words) and the aftercare flags that are true. */
    static Map<String, Object> withSites(Map<String, Object> body, String sites, String... aftercare) {
        body.put("needlingSites", sites(sites));
        body.put("aftercare", aftercare(aftercare));
        return body;
    }

    static List<Map<String, Object>> sites(String text) {
        List<Map<String, Object>> sites = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return sites;
        }
        for (String word : text.trim().split("\\s+")) {
            String[] parts = word.split(":");
            sites.add(site(parts[0], parts[1], Integer.parseInt(parts[2])));
        }
        return sites;
    }

    static Map<String, Object> site(String muscle, String side, int needles) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("muscle", muscle);
        site.put("side", side);
        site.put("needleCount", needles);
        site.put("needleDiameterMm", 0.25);
        site.put("needleLengthMm", 30);
        site.put("depthMm", 15);
        site.put("technique", "PISTONING");
        site.put("retentionSeconds", 60);
        site.put("localTwitchResponse", true);
        return site;
    }

    /** The aftercare object with the named flags true and the others false. */
    static Map<String, Object> aftercare(String... given) {
        Map<String, Object> aftercare = new LinkedHashMap<>();
        for (String flag : List.of("skinChecked", "hydrationAdvised", "restedUntilSteady", "pneumothoraxAdviceGiven")) {
            aftercare.put(flag, List.of(given).contains(flag));
        }
        return aftercare;
    }

    static Map<String, Object> amendment(String reason, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        body.put("text", text);
        return body;
    }

    static Map<String, Object> lateEntry() {
        return amendment("Late entry: needle lot number was missing", "Needle lot LOT-2026-0412 was used.");
    }

    static Map<String, Object> adverseEvent(String type, String severity, String onsetAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("severity", severity);
        body.put("onsetAt", onsetAt);
        return body;
    }

    static Map<String, Object> bruise() {
        return adverseEvent("BRUISING", "MILD", "2026-03-04T18:00:00Z");
    }

    // ---- paths and calls ----

    /** {@code /api/v1/sessions/{id}} followed by {@code more} segments. */
    static String path(Object id, Object... more) {
        StringBuilder path = new StringBuilder(SESSIONS).append('/').append(id);
        for (Object segment : more) {
            path.append('/').append(segment);
        }
        return path.toString();
    }

    static Response get(String path) {
        return given().when().get(path);
    }

    static Response post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path);
    }

    static Response put(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().put(path);
    }

    /** POST .../sign with no body and, as curl sends it, no Content-Type. */
    static Response sign(Object id) {
        return signing().when().post(path(id, "sign"));
    }

    /** A request for POST .../sign: REST Assured would otherwise send a form Content-Type, which is refused (415). */
    static RequestSpecification signing() {
        return given().noContentType();
    }

    /** Creates a draft; its id. */
    static String create(Map<String, Object> body) {
        return post(SESSIONS, body).then().statusCode(201).extract().path("id");
    }

    /** Creates a draft and signs it; its id. */
    static String signed(Map<String, Object> body) {
        String id = create(body);
        sign(id).then().statusCode(200).body("session.status", equalTo("SIGNED"));
        return id;
    }

    static String amend(Object sessionId) {
        return post(path(sessionId, "amendments"), lateEntry()).then().statusCode(201).extract().path("id");
    }

    static String recordBruise(Object sessionId) {
        return post(path(sessionId, "adverse-events"), bruise()).then().statusCode(201).extract().path("id");
    }

    /** A session that does not exist has no {@code record} ("amendments", "adverse-events") to add, list or read. */
    static void unknownSessionHasNo(String record, Object body) {
        UUID unknown = UUID.randomUUID();
        problem(post(path(unknown, record), body), 404, "not-found");
        problem(get(path(unknown, record)), 404, "not-found");
        problem(get(path(unknown, record, UUID.randomUUID())), 404, "not-found");
    }

    /** Checks that {@code response} is a problem document of this status and type (after .../problems/). */
    static ValidatableResponse problem(Response response, int status, String type) {
        return response.then().statusCode(status)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/" + type))
                .body("status", equalTo(status));
    }

    /** A 400 problem naming exactly these fields. */
    static ValidatableResponse invalid(Response response, String... fields) {
        return problem(response, 400, "validation-failed").body("errors.field", containsInAnyOrder(fields));
    }
}
