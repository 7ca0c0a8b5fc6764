package dev.clinic.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.clinic.gateway.GatewayTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** CORS from the allowlist in quarkus.http.cors.origins (the defaults in application.properties). */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class CorsTest {

    @ParameterizedTest
    @ValueSource(strings = { "http://localhost:3000", "http://localhost:5173" })
    void preflightFromAnAllowedOriginIsAnswered(String origin) {
        given().header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key,x-request-id")
                .when().options("/api/v1/patients")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Authorization"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Idempotency-Key"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("If-Match"))
                .header("Access-Control-Allow-Credentials", not(is("true")))
                .header("Access-Control-Max-Age", "3600")
                // answered by the gateway, not forwarded
                .header("X-Upstream", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://evil.example", "http://localhost:3001", "null" })
    void preflightFromAnyOtherOriginGetsNoAllowOrigin(String origin) {
        given().header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/patients")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void answerToAnAllowedOriginExposesTheApiHeaders() {
        given().header("Origin", "http://localhost:5173")
                .header("Authorization", EdgeTokens.bearer("clinic-web", "cors"))
                .when().get("/api/v1/patients")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
    }

    @Test
    void requestFromAnotherOriginIsRefused() {
        given().header("Origin", "https://evil.example")
                .header("Authorization", EdgeTokens.bearer("clinic-web", "cors"))
                .when().get("/api/v1/patients")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("X-Upstream", nullValue());
    }

    @Test
    void requestWithoutOriginIsNotCors() {
        given().header("Authorization", EdgeTokens.bearer("clinic-cli", "cors"))
                .when().get("/api/v1/patients")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
