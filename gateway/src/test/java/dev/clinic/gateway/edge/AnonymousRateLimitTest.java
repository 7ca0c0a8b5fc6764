package dev.clinic.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.clinic.gateway.GatewayTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The per-address limit for requests without a valid token. All of them come from the one test
 * client address, so this class has a gateway of its own ({@link Profile}): its address bucket is
 * full when the test starts, whatever other test classes sent before (a bucket refills only one
 * request every ten seconds).
 */
@QuarkusTest
@TestProfile(AnonymousRateLimitTest.Profile.class)
@WithTestResource(GatewayTestResource.class)
class AnonymousRateLimitTest {

    /** The limits of {@link TightEdgeProfile}; another profile class, so another gateway. */
    public static class Profile extends TightEdgeProfile {
    }

    private static String path() {
        return "/api/v1/patients/" + UUID.randomUUID();
    }

    private static Response get(String authorization, String path) {
        return given().header("Authorization", authorization).when().get(path);
    }

    @Test
    void callersWithoutTokenAreLimitedPerAddress() {
        // health is never limited, before and after the address's bucket is empty
        for (int i = 0; i < 5; i++) {
            given().when().get("/q/health/live").then().statusCode(200).header("RateLimit-Limit", nullValue());
        }
        given().when().get("/nothing-here").then().statusCode(404).header("RateLimit-Limit", "2");
        given().when().get("/api/v1/patients").then().statusCode(401).header("RateLimit-Remaining", "0");

        Response refused = given().when().get("/nothing-here");
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", is("https://clinic.dev/problems/rate-limited"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 10L);

        // without a token, and with one that is refused: both count against the address
        given().when().get("/api/v1/patients").then().statusCode(429);
        given().header("Authorization", "Bearer not-a-token").when().get("/api/v1/patients")
                .then().statusCode(429)
                .header("WWW-Authenticate", nullValue());

        given().when().get("/q/health/ready").then().header("RateLimit-Limit", nullValue());
        // a caller with a token has a bucket of its own
        get(EdgeTokens.bearer("clinic-cli", UUID.randomUUID().toString()), path()).then().statusCode(200);
    }
}
