package dev.clinic.systemtest;

import static dev.clinic.systemtest.DemoUser.FRONTDESK_NORTHSIDE;
import static dev.clinic.systemtest.DemoUser.MASSAGE_HARBOUR;
import static dev.clinic.systemtest.DemoUser.NEEDLING_NORTHSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway's edge protection and failure handling against the real stack: rate limits (429 with
 * Retry-After), the 1 MiB body limit (413, the service never sees the body), CORS, security
 * headers, a stopped service (503 within a second) and a frozen one (504 at the read timeout).
 * <p>
 * For this class the gateway is restarted with limits and a read timeout small enough to reach in a
 * test ({@link #EDGE_SETTINGS}, through the same environment variables an operator would set), and
 * restarted with the defaults afterwards. So the buckets it fills live and die with this class, the
 * rest of the suite runs against the production defaults (600 requests per caller, 120 per address
 * without a token, 30 s read timeout), and no demo identity has to be set aside for it.
 */
class EdgeIT {

    /** Per caller: 10 at once, then one every 6 s; per address: 5 at once, then one every 12 s. */
    private static final Map<String, String> EDGE_SETTINGS = Map.of(
            "GATEWAY_RATE_LIMIT_AUTHENTICATED_CAPACITY", "10",
            "GATEWAY_RATE_LIMIT_AUTHENTICATED_REFILL_PER_MINUTE", "10",
            "GATEWAY_RATE_LIMIT_ANONYMOUS_CAPACITY", "5",
            "GATEWAY_RATE_LIMIT_ANONYMOUS_REFILL_PER_MINUTE", "5",
            "GATEWAY_UPSTREAM_READ_TIMEOUT", "3s");
    private static final long READ_TIMEOUT_MILLIS = 3_000;
    private static final int MIB = 1024 * 1024;

    @BeforeAll
    static void restartGatewayWithEdgeSettings() throws Exception {
        clinic(Map.of(), "_service-stop", "gateway");
        clinic(EDGE_SETTINGS, "_services-start");
    }

    @AfterAll
    static void restartGatewayWithDefaults() throws Exception {
        clinic(Map.of(), "_service-stop", "gateway");
        clinic(Map.of(), "_services-start");
    }

    // ---------------------------------------------------------------- rate limits

    @Test
    void callerOverItsLimitGetsTooManyRequestsWithRetryAfter() {
        // a caller of its own: only this test spends massage-harbour's bucket
        int allowed = 0;
        Response refused = null;
        for (int i = 0; i < 15 && refused == null; i++) {
            Response response = Api.as(MASSAGE_HARBOUR).get("/practitioners/me");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                // whatever the service answers, the gateway let it through
                assertThat(response.statusCode()).as("request %d: %s", i + 1, response.asString()).isLessThan(500);
                assertThat(response.header("RateLimit-Limit")).isEqualTo("10");
                allowed++;
            }
        }
        assertThat(refused).as("a 429 within 15 requests").isNotNull();
        assertThat(allowed).as("requests allowed before the 429").isBetween(10, 12);
        JsonPath problem = Problems.assertProblem(refused, 429);
        assertThat(problem.getString("type")).isEqualTo("https://clinic.dev/problems/rate-limited");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 6L);
        assertThat(problem.getString("detail")).contains("retry in " + refused.header("Retry-After") + " second");
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");

        // another caller is not affected
        assertThat(Api.as(FRONTDESK_NORTHSIDE).get("/practitioners/me").statusCode()).isNotEqualTo(429);
    }

    @Test
    void callerWithoutTokenIsLimitedPerAddressButHealthNever() {
        Response refused = null;
        for (int i = 0; i < 10 && refused == null; i++) {
            Response response = Api.anonymous().get("/patients");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(401);
            }
        }
        assertThat(refused).as("a 429 within 10 requests without a token").isNotNull();
        Problems.assertProblem(refused, 429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        for (int i = 0; i < 10; i++) {
            assertThat(RestAssured.given().baseUri(StackConfig.gatewayUrl()).get("/q/health/live").statusCode())
                    .isEqualTo(200);
        }
    }

    // ---------------------------------------------------------------- body limit

    @Test
    void bodiesOverOneMebibyteNeverReachTheService() throws Exception {
        String path = "/api/v1/patients/" + UUID.randomUUID();
        double putsBefore = patientServicePuts();

        HttpResponse<String> declared = put(path, BodyPublishers.ofByteArray(bytes(MIB + 1)));
        assertTooLarge(declared, path);
        // without a length (chunked): the gateway counts the bytes itself
        HttpResponse<String> chunked = put(path, BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes(2 * MIB))));
        assertTooLarge(chunked, path);
        assertThat(patientServicePuts()).as("PUTs patient-service has seen").isEqualTo(putsBefore);

        // the count does move for a PUT that is let through (the service refuses the empty object)
        HttpResponse<String> small = put(path, BodyPublishers.ofString("{}"));
        assertThat(small.statusCode()).isBetween(400, 499).isNotEqualTo(413);
        assertThat(patientServicePuts()).isEqualTo(putsBefore + 1);
    }

    private static void assertTooLarge(HttpResponse<String> response, String path) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(Problems.MEDIA_TYPE));
        JsonPath problem = new JsonPath(response.body());
        assertThat(problem.getString("type")).isEqualTo("https://clinic.dev/problems/payload-too-large");
        assertThat(problem.getInt("status")).isEqualTo(413);
        assertThat(problem.getString("instance")).isEqualTo(path);
        assertThat(problem.getString("requestId")).isEqualTo(response.headers().firstValue(Api.REQUEST_ID).orElseThrow());
    }

    private static HttpResponse<String> put(String path, BodyPublisher body) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return client.send(HttpRequest.newBuilder(URI.create(StackConfig.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Tokens.of(FRONTDESK_NORTHSIDE))
                .header("Content-Type", "application/json")
                .PUT(body)
                .build(), BodyHandlers.ofString());
    }

    private static byte[] bytes(int length) {
        byte[] body = new byte[length];
        Arrays.fill(body, (byte) ' ');
        return body;
    }

    /**
     * How many PUT requests patient-service has answered, from its own HTTP server metrics. Looked
     * up on the service's port on purpose: only the service can tell what reached it.
     */
    private static double patientServicePuts() {
        String metrics = RestAssured.given().baseUri(setting("CLINIC_PATIENT_URL", "http://localhost:8081"))
                .get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{") && line.contains("method=\"PUT\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    // ---------------------------------------------------------------- CORS and headers

    @Test
    void preflightFromAnAllowedOriginIsAnsweredAndFromAnyOtherIsNot() {
        Response allowed = RestAssured.given().baseUri(StackConfig.gatewayUrl())
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options("/api/v1/patients");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
        assertThat(allowed.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(allowed.header("Access-Control-Allow-Headers")).containsIgnoringCase("idempotency-key");

        Response refused = RestAssured.given().baseUri(StackConfig.gatewayUrl())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/patients");
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();

        Response answer = Api.as(FRONTDESK_NORTHSIDE).header("Origin", "http://localhost:5173").get("/patients?limit=1");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
        assertThat(answer.header("Access-Control-Expose-Headers")).contains("X-Request-Id", "ETag", "Location", "Link");
    }

    @Test
    void apiAnswersCarryTheSecurityHeaders() {
        Response response = Api.as(FRONTDESK_NORTHSIDE).get("/patients?limit=1");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(response.header("Server")).isNull();
        assertThat(response.header("Strict-Transport-Security")).as("plain HTTP").isNull();

        Response behindTls = Api.as(FRONTDESK_NORTHSIDE).header("X-Forwarded-Proto", "https").get("/patients?limit=1");
        assertThat(behindTls.header("Strict-Transport-Security")).startsWith("max-age=");
    }

    // ---------------------------------------------------------------- failures

    @Test
    void stoppedServiceIsServiceUnavailableWithinASecond() throws Exception {
        Launcher.withServiceStopped("session-service", () -> {
            RequestSpecification request = Api.as(NEEDLING_NORTHSIDE); // the token first, off the clock
            long start = System.nanoTime();
            Response response = request.get("/sessions");
            long millis = elapsedMillis(start);
            JsonPath problem = Problems.assertProblem(response, 503);
            assertThat(problem.getString("type")).isEqualTo("https://clinic.dev/problems/service-unavailable");
            assertThat(millis).as("time to the 503").isLessThan(1_000);
            assertReadinessDown("session-service");
        });
    }

    @Test
    void frozenServiceIsCutAtTheReadTimeoutWithGatewayTimeout() throws Exception {
        RequestSpecification request = Api.as(NEEDLING_NORTHSIDE); // the token first, off the clock
        clinic(Map.of(), "_service-pause", "session-service");
        try {
            long start = System.nanoTime();
            Response response = request.get("/sessions");
            long millis = elapsedMillis(start);
            JsonPath problem = Problems.assertProblem(response, 504);
            assertThat(problem.getString("type")).isEqualTo("https://clinic.dev/problems/gateway-timeout");
            assertThat(millis).as("time to the 504").isBetween(READ_TIMEOUT_MILLIS - 100, READ_TIMEOUT_MILLIS + 2_000);
            assertReadinessDown("session-service");
        } finally {
            clinic(Map.of(), "_service-resume", "session-service");
        }
        // back to normal once it runs again (health checks are not rate limited; API calls are)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int ready;
        do {
            Thread.sleep(200);
            ready = RestAssured.given().baseUri(StackConfig.gatewayUrl()).get("/q/health/ready").statusCode();
        } while (ready != 200 && System.nanoTime() < deadline);
        assertThat(ready).as("gateway readiness after session-service was resumed").isEqualTo(200);
        assertThat(Api.as(NEEDLING_NORTHSIDE).get("/sessions").statusCode()).isLessThan(500);
    }

    private static void assertReadinessDown(String service) {
        Response ready = RestAssured.given().baseUri(StackConfig.gatewayUrl()).get("/q/health/ready");
        assertThat(ready.statusCode()).as("readiness: %s", ready.asString()).isEqualTo(503);
        JsonPath health = ready.jsonPath();
        assertThat(health.getString("checks.find { it.name == '" + service + "' }.status")).isEqualTo("DOWN");
        assertThat(health.getString("checks.find { it.name == 'patient-service' }.status")).isEqualTo("UP");
        assertThat(health.getString("checks.find { it.name == 'booking-service' }.status")).isEqualTo("UP");
    }

    private static long elapsedMillis(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    // ---------------------------------------------------------------- the launcher

    /** The launcher's internal commands with extra environment variables (which it passes on to the services). */
    private static void clinic(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("clinic.root", "..")).resolve("clinic").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        assertThat(process.exitValue()).as("%s exit code", command).isZero();
    }

    private static String setting(String name, String defaultValue) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
