package dev.clinic.gateway.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.json.JsonObject;

/**
 * GET /api/v1/audit-events at the gateway, against three fake services: one list, newest first
 * across services, cut to the limit, with cursors that every service continues from; a service's
 * refusal passes through, a service that does not answer makes it a 503.
 */
@QuarkusTest
@WithTestResource(AuditTestResource.class)
class AuditEventsEndpointTest {

    static String token(String role) {
        return Jwt.issuer(ConfigProvider.getConfig().getValue("quarkus.oidc.token.issuer", String.class))
                .audience("clinic-api").subject("admin-northside").claim("clinic_id", "northside").claim("role", role)
                .expiresIn(Duration.ofMinutes(5)).sign();
    }

    static final String ADMIN = token("clinic-admin");

    /** Every event of every fake, straight from the fakes, merged as the services' order defines. */
    static List<JsonObject> everyEvent(String actor) {
        List<JsonObject> all = new ArrayList<>();
        for (String service : AuditTestResource.SERVICES) {
            String url = ConfigProvider.getConfig().getValue("gateway.routes." + service + ".url", String.class);
            var request = given().baseUri(url).header("Authorization", "Bearer " + ADMIN).queryParam("limit", 200);
            if (actor != null) {
                request.queryParam("actor", actor);
            }
            String body = request.get("/api/v1/audit-events").then().statusCode(200).extract().asString();
            new JsonObject(body).getJsonArray("items").forEach(item -> all.add((JsonObject) item));
        }
        all.sort(FakeAuditService.NEWEST_FIRST);
        return all;
    }

    static List<String> ids(List<JsonObject> events) {
        return events.stream().map(event -> event.getString("id")).toList();
    }

    private static List<String> follow(Map<String, Object> query, int limit) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 100; pages++) {
            var request = given().header("Authorization", "Bearer " + ADMIN).queryParams(query).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/audit-events").then().statusCode(200)
                    .contentType("application/json").extract().response();
            List<String> items = page.path("items.id");
            assertThat(items.size()).isLessThanOrEqualTo(limit);
            seen.addAll(items);
            cursor = page.path("nextCursor");
            if (cursor == null) {
                assertThat(page.header("Link")).isNull();
                return seen;
            }
            assertThat(page.header("Link")).isEqualTo("</api/v1/audit-events?"
                    + (query.containsKey("actor") ? "actor=" + query.get("actor") + "&" : "") + "limit=" + limit
                    + "&cursor=" + cursor + ">; rel=\"next\"");
        }
        throw new AssertionError("more than 100 pages");
    }

    @Test
    void theFirstPageIsTheNewestAcrossAllServices() {
        List<JsonObject> all = everyEvent(null);
        assertThat(all).hasSize(3 * FakeAuditService.EVENTS);
        assertThat(all.stream().map(event -> event.getString("service")).distinct()).hasSize(3);

        Response page = given().header("Authorization", "Bearer " + ADMIN).queryParam("limit", 10)
                .get("/api/v1/audit-events").then().statusCode(200).extract().response();
        assertThat(page.<List<String>>path("items.id")).containsExactlyElementsOf(ids(all.subList(0, 10)));
        // the shared instant holds events of all three services, ordered by id
        assertThat(page.<List<String>>path("items.service")).contains("booking-service", "patient-service",
                "session-service");
        assertThat(page.<String>path("nextCursor")).isEqualTo(AuditCursor.encode(
                java.time.Instant.parse(all.get(9).getString("occurredAt")), all.get(9).getString("id")));
        // the default page size is the services' (50)
        given().header("Authorization", "Bearer " + ADMIN).get("/api/v1/audit-events").then().statusCode(200)
                .body("items.size()", equalTo(50));
    }

    @Test
    void cursorsLeadThroughEveryEventOnceWithoutGaps() {
        List<String> expected = ids(everyEvent(null));
        for (int limit : new int[] { 1, 4, 7, 23, 50 }) {
            List<String> seen = follow(Map.of(), limit);
            assertThat(seen).as("limit %d", limit).containsExactlyElementsOf(expected);
            assertThat(new HashSet<>(seen)).hasSize(seen.size());
        }
        assertThat(follow(Map.of(), 200)).containsExactlyElementsOf(expected);
    }

    @Test
    void filtersReachEveryService() {
        List<String> expected = ids(everyEvent("user-1"));
        assertThat(expected).hasSizeBetween(20, 30);
        assertThat(follow(Map.of("actor", "user-1"), 6)).containsExactlyElementsOf(expected);
    }

    @Test
    void aServicesRefusalIsPassedOn() {
        given().header("Authorization", "Bearer " + token("front-desk")).get("/api/v1/audit-events")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://clinic.dev/problems/forbidden"));
        given().header("Authorization", "Bearer " + ADMIN).queryParam("limit", 201).get("/api/v1/audit-events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void theGatewayChecksTheTokenFirstAndLogsEach401WithoutTheToken() {
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("dev.clinic.gateway.audit.unauthorized");
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        String forged = ADMIN.substring(0, ADMIN.length() - 4) + "AAAA";
        logger.addHandler(handler);
        try {
            given().header("X-Request-Id", "no-token-1").get("/api/v1/audit-events")
                    .then().statusCode(401).contentType("application/problem+json");
            given().header("X-Request-Id", "bad-token-1").header("Authorization", "Bearer " + forged)
                    .get("/api/v1/patients/42").then().statusCode(401);
        } finally {
            logger.removeHandler(handler);
        }
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("401 reason=missing-token ip=")
                .endsWith("method=GET path=\"/api/v1/audit-events\" requestId=no-token-1"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("401 reason=invalid-token ip=")
                .endsWith("method=GET path=\"/api/v1/patients/42\" requestId=bad-token-1"));
        assertThat(lines).noneMatch(line -> line.contains(forged.substring(0, 20)) || line.contains("northside"));
    }

    @Test
    void onlyGet() {
        given().header("Authorization", "Bearer " + ADMIN).contentType("application/json").body("{}")
                .post("/api/v1/audit-events").then().statusCode(405).header("Allow", "GET")
                .contentType("application/problem+json");
    }

    @Test
    void aSilentServiceMakesIt503NotAPartialLog() {
        long started = System.nanoTime();
        given().header("Authorization", "Bearer " + ADMIN).queryParam("fake", "slow-session-service")
                .get("/api/v1/audit-events")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("session-service"))
                .body("requestId", org.hamcrest.Matchers.notNullValue())
                .time(lessThan(4_000L));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }
}
