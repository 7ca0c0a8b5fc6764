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
 * Rate limits with the small numbers of {@link TightEdgeProfile}. Every test uses callers of its
 * own; requests without a token share the one test client address, so they are tested apart, in
 * {@link AnonymousRateLimitTest}.
 */
@QuarkusTest
@TestProfile(TightEdgeProfile.class)
@WithTestResource(GatewayTestResource.class)
class RateLimitTest {

    private static String path() {
        return "/api/v1/patients/" + UUID.randomUUID();
    }

    private static Response get(String authorization, String path) {
        return given().header("Authorization", authorization).when().get(path);
    }

    @Test
    void callerOverTheLimitGetsTooManyRequestsProblemWithRetryAfter() {
        String caller = EdgeTokens.bearer("clinic-cli", UUID.randomUUID().toString());
        for (int i = 0; i < 3; i++) {
            get(caller, path()).then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(2 - i));
        }
        String refusedPath = path();
        Response refused = get(caller, refusedPath);
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .header("RateLimit-Remaining", "0")
                .header("X-Upstream", nullValue())
                .body("type", is("https://clinic.dev/problems/rate-limited"))
                .body("title", is("Too many requests"))
                .body("status", is(429))
                .body("instance", is(refusedPath))
                .body("requestId", is(refused.header("X-Request-Id")));
        assertThat(refused.jsonPath().getString("detail")).contains("retry in 1 second");
        assertThat(FakeUpstreamProbe.seen(refusedPath)).isZero();
    }

    @Test
    void callerIsLetInAgainAfterRetryAfter() throws InterruptedException {
        String caller = EdgeTokens.bearer("clinic-cli", UUID.randomUUID().toString());
        for (int i = 0; i < 3; i++) {
            get(caller, path()).then().statusCode(200);
        }
        Response refused = get(caller, path());
        refused.then().statusCode(429);
        Thread.sleep(Long.parseLong(refused.header("Retry-After")) * 1_000 + 100);
        get(caller, path()).then().statusCode(200);
    }

    @Test
    void eachSubjectOfAClientHasItsOwnBucket() {
        String first = EdgeTokens.bearer("clinic-cli", UUID.randomUUID().toString());
        String second = EdgeTokens.bearer("clinic-cli", UUID.randomUUID().toString());
        for (int i = 0; i < 3; i++) {
            get(first, path()).then().statusCode(200);
        }
        get(first, path()).then().statusCode(429);
        get(second, path()).then().statusCode(200);
    }

    @Test
    void sameSubjectThroughAnotherClientIsAnotherCaller() {
        String subject = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            get(EdgeTokens.bearer("clinic-cli", subject), path()).then().statusCode(200);
        }
        get(EdgeTokens.bearer("clinic-cli", subject), path()).then().statusCode(429);
        get(EdgeTokens.bearer("clinic-web", subject), path()).then().statusCode(200);
    }

    @Test
    void clientWithItsOwnLimitGetsIt() {
        String caller = EdgeTokens.bearer("bulk-sync", UUID.randomUUID().toString());
        for (int i = 0; i < 10; i++) {
            get(caller, path()).then().statusCode(200).header("RateLimit-Limit", "10");
        }
        get(caller, path()).then().statusCode(429);
    }
}
