package dev.clinic.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Requests with a valid token: patients and booking paths go to the echoing fake service, session
 * paths to a port nobody listens on (see GatewayTestResource).
 */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class GatewayProxyTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final String token = Tokens.valid();

    private RequestSpecification authenticated() {
        return given().header("Authorization", "Bearer " + token);
    }

    @Test
    void forwardsRequestUnchangedAndReturnsTheServiceAnswer() {
        String body = "{\"firstName\":\"Ada\",\"note\":\"ümlaut ✓\"}";
        Response response = authenticated()
                .urlEncodingEnabled(false)
                .header("X-Custom", "kept")
                .header("X-Echo-Status", "201")
                .header("X-Echo-Location", "/api/v1/patients/42")
                .contentType("application/json; charset=utf-8")
                .body(body)
                .when().post("/api/v1/patients/42/consents?lang=en&q=M%C3%BCller&q=x");

        response.then().statusCode(201)
                .header("Location", "/api/v1/patients/42")
                .header("X-Upstream", "fake")
                .contentType("application/json");
        JsonPath echo = response.jsonPath();
        assertThat(echo.getString("method")).isEqualTo("POST");
        assertThat(echo.getString("path")).isEqualTo("/api/v1/patients/42/consents");
        assertThat(echo.getString("query")).isEqualTo("lang=en&q=M%C3%BCller&q=x");
        assertThat(echo.getString("body")).isEqualTo(body);
        assertThat(echo.getList("headers.authorization")).containsExactly("Bearer " + token);
        assertThat(echo.getList("headers.x-custom")).containsExactly("kept");
        assertThat(echo.getList("headers.content-type")).containsExactly("application/json; charset=utf-8");
        assertThat(echo.getList("headers.x-forwarded-proto")).containsExactly("http");
        assertThat(echo.getList("headers.x-forwarded-host")).containsExactly("localhost:" + RestAssured.port);
        assertThat(echo.getList("headers.x-forwarded-port")).containsExactly(String.valueOf(RestAssured.port));
        assertThat(echo.getList("headers.x-forwarded-for", String.class)).singleElement().asString().isNotBlank();
        // one id, the gateway's, on both sides, even though the service echoes it too
        assertThat(response.headers().getValues("X-Request-Id")).hasSize(1);
        assertThat(echo.getList("headers.x-request-id")).containsExactly(response.header("X-Request-Id"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "GET", "PUT", "PATCH", "DELETE", "OPTIONS" })
    void forwardsEveryMethod(String method) {
        authenticated().when().request(method, "/api/v1/appointments/9")
                .then().statusCode(200)
                .body("method", is(method))
                .body("path", is("/api/v1/appointments/9"));
    }

    @Test
    void streamsLargeBodies() {
        String body = "x".repeat(900 * 1024);
        authenticated().contentType("text/plain").body(body)
                .when().put("/api/v1/patients/big")
                .then().statusCode(200)
                .body("path", is("/api/v1/patients/big"))
                .body("body.length()", is(body.length()));
    }

    @Test
    void appendsClientAddressToForwardedChain() {
        Response response = authenticated().header("X-Forwarded-For", "203.0.113.7")
                .header("X-Forwarded-Host", "spoofed.example")
                .when().get("/api/v1/patients");
        JsonPath echo = response.jsonPath();
        assertThat(echo.getString("headers.x-forwarded-for[0]")).startsWith("203.0.113.7, ");
        assertThat(echo.getList("headers.x-forwarded-host")).containsExactly("localhost:" + RestAssured.port);
    }

    @Test
    void createsRequestIdWhenMissing() {
        Response response = authenticated().when().get("/api/v1/patients");
        String id = response.header("X-Request-Id");
        assertThat(id).matches(UUID_PATTERN);
        assertThat(response.jsonPath().getList("headers.x-request-id")).containsExactly(id);
    }

    @Test
    void passesSaneRequestIdThrough() {
        Response response = authenticated().header("X-Request-Id", "ehr-sync.2026-03-04_0001")
                .when().get("/api/v1/patients");
        assertThat(response.header("X-Request-Id")).isEqualTo("ehr-sync.2026-03-04_0001");
        assertThat(response.jsonPath().getList("headers.x-request-id")).containsExactly("ehr-sync.2026-03-04_0001");
    }

    @ParameterizedTest
    @ValueSource(strings = { "has spaces", "semi;colon", "ü-umlaut" })
    void replacesJunkRequestId(String junk) {
        Response response = authenticated().header("X-Request-Id", junk).when().get("/api/v1/patients");
        String id = response.header("X-Request-Id");
        assertThat(id).matches(UUID_PATTERN);
        assertThat(response.jsonPath().getList("headers.x-request-id")).containsExactly(id);
    }

    @Test
    void replacesOverlongRequestId() {
        Response response = authenticated().header("X-Request-Id", "a".repeat(129)).when().get("/api/v1/patients");
        assertThat(response.header("X-Request-Id")).matches(UUID_PATTERN);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/invoices", "/api/v1/invoices/1", "/api/v1/", "/api/v1" })
    void unknownSegmentGetsNotFoundProblem(String path) {
        Response response = authenticated().when().get(path);
        response.then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Upstream", (String) null)
                .body("type", is("https://clinic.dev/problems/not-found"))
                .body("title", is("Not found"))
                .body("status", is(404))
                .body("detail", is("There is no resource at " + path))
                .body("instance", is(path))
                .body("requestId", is(response.header("X-Request-Id")));
    }

    @Test
    void pathOutsideTheApiGetsNotFoundProblemToo() {
        given().when().get("/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("https://clinic.dev/problems/not-found"))
                .body("instance", is("/nothing-here"));
    }

    @Test
    void unreachableServiceGetsServiceUnavailableProblemFast() {
        Response response = authenticated().contentType("application/json").body("{\"a\":1}")
                .when().post("/api/v1/sessions");
        response.then().statusCode(503)
                .time(lessThan(2_000L))
                .contentType("application/problem+json")
                .body("type", is("https://clinic.dev/problems/service-unavailable"))
                .body("title", is("Service unavailable"))
                .body("status", is(503))
                .body("instance", is("/api/v1/sessions"))
                .body("detail", not(containsString("localhost")))
                .body("requestId", is(response.header("X-Request-Id")));
    }

    @Test
    void silentServiceGetsGatewayTimeoutProblemAfterReadTimeout() {
        Response response = authenticated().when().get("/api/v1/appointments/slow");
        response.then().statusCode(504)
                .time(lessThan(FakeUpstream.SLOW_MILLIS))
                .contentType("application/problem+json")
                .body("type", is("https://clinic.dev/problems/gateway-timeout"))
                .body("title", is("Gateway timeout"))
                .body("status", is(504))
                .body("instance", is("/api/v1/appointments/slow"))
                .body("requestId", is(response.header("X-Request-Id")));
        assertThat(response.time()).isGreaterThanOrEqualTo(900L);
    }

    @Test
    void metricsNameTheRouteNotTheRecord() {
        String id = UUID.randomUUID().toString();
        authenticated().when().get("/api/v1/patients/" + id).then().statusCode(200);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("uri=\"/api/v1/patients/*\"").doesNotContain(id);
    }
}
