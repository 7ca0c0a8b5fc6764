package dev.clinic.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The edge check: nothing under /api/v1 reaches a service without a token Quarkus OIDC accepts.
 * The fake service marks its answers with {@code X-Upstream}, so its absence proves the request
 * was stopped at the gateway.
 */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class AuthenticationTest {

    @Test
    void requestWithoutTokenGetsUnauthorizedProblem() {
        ValidatableResponse response = given()
                .when().post("/api/v1/patients")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("detail", is("A valid bearer token is required"));
        assertUnauthorizedProblem(response, "/api/v1/patients");
    }

    @Test
    void otherAuthorizationSchemeCountsAsNoToken() {
        given().header("Authorization", "Basic ZnJvbnRkZXNrOmRlbW8tcGFzcw==")
                .when().get("/api/v1/patients")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .header("X-Upstream", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "tampered", "expired", "wrong-audience", "wrong-issuer", "foreign-key", "garbage" })
    void rejectedTokenGetsInvalidTokenProblem(String kind) {
        String token = switch (kind) {
            case "tampered" -> Tokens.tampered();
            case "expired" -> Tokens.expired();
            case "wrong-audience" -> Tokens.withAudience("account");
            case "wrong-issuer" -> Tokens.withIssuer("https://attacker.example/realms/clinic");
            case "foreign-key" -> Tokens.signedWith(GatewayTestResource.rsaKeyPair().getPrivate());
            default -> "not-a-jwt";
        };
        ValidatableResponse response = given()
                .header("Authorization", "Bearer " + token)
                .when().get("/api/v1/patients/7f0c6c1e-0000-4000-8000-000000000001")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .body("detail", is("The bearer token is invalid or expired"));
        assertUnauthorizedProblem(response, "/api/v1/patients/7f0c6c1e-0000-4000-8000-000000000001");
    }

    @Test
    void validTokenIsForwarded() {
        given().header("Authorization", "Bearer " + Tokens.valid())
                .when().get("/api/v1/patients")
                .then().statusCode(200)
                .header("X-Upstream", "fake");
    }

    @Test
    void healthNeedsNoToken() {
        given().when().get("/q/health/live").then().statusCode(200);
    }

    private static void assertUnauthorizedProblem(ValidatableResponse response, String path) {
        String requestId = response.extract().header("X-Request-Id");
        response.contentType("application/problem+json")
                .header("X-Upstream", nullValue())
                .header("X-Request-Id", not(emptyOrNullString()))
                .body("type", is("https://clinic.dev/problems/unauthorized"))
                .body("title", is("Unauthorized"))
                .body("status", is(401))
                .body("instance", is(path))
                .body("requestId", is(requestId));
    }
}
