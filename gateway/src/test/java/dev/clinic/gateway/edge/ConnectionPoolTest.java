package dev.clinic.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import dev.clinic.gateway.GatewayTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * A service whose connections are all busy (here: the one connection of {@link TightEdgeProfile},
 * held by a request the service never answers) does not make other callers wait: no connection
 * within the connect timeout is a 503, like a service that is down.
 */
@QuarkusTest
@TestProfile(TightEdgeProfile.class)
@WithTestResource(GatewayTestResource.class)
class ConnectionPoolTest {

    @Test
    void noFreeConnectionInTimeIsServiceUnavailable() throws Exception {
        String first = EdgeTokens.bearer("clinic-cli", UUID.randomUUID().toString());
        String second = EdgeTokens.bearer("clinic-cli", UUID.randomUUID().toString());
        String slow = "/api/v1/patients/" + UUID.randomUUID() + "/slow";
        CompletableFuture<Response> holding = CompletableFuture.supplyAsync(
                () -> given().header("Authorization", first).when().get(slow));
        // the service has it (and the connection is taken) before the next request is sent
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (FakeUpstreamProbe.seen(slow) == 0) {
            assertThat(System.nanoTime()).as("the held request reached the service").isLessThan(deadline);
            Thread.sleep(20);
        }

        String path = "/api/v1/patients/" + UUID.randomUUID();
        long start = System.nanoTime();
        Response waiting = given().header("Authorization", second).when().get(path);
        long millis = (System.nanoTime() - start) / 1_000_000;

        waiting.then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", is("https://clinic.dev/problems/service-unavailable"));
        assertThat(millis).isLessThan(1_000);
        assertThat(FakeUpstreamProbe.seen(path)).isZero();
        // the held request is cut at the read timeout, as always
        holding.get().then().statusCode(504);
    }
}
