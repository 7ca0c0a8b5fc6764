package dev.clinic.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.clinic.gateway.GatewayTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * Bodies over 1 MiB never reach a service, whether the client says how large they are or streams
 * them in chunks; the fake service counts what arrives. java.net.http is used because it sends a
 * body of unknown length chunked, as streaming clients do.
 */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class BodyLimitTest {

    private static final int MIB = 1024 * 1024;

    @TestHTTPResource("/")
    URI gateway;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private HttpResponse<String> put(String path, BodyPublisher body, boolean withToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "text/plain")
                .PUT(body);
        if (withToken) {
            request.header("Authorization", EdgeTokens.bearer("clinic-cli", "body-limit"));
        }
        return client.send(request.build(), BodyHandlers.ofString());
    }

    private static byte[] bytes(int length) {
        byte[] body = new byte[length];
        Arrays.fill(body, (byte) 'x');
        return body;
    }

    /** A publisher without a length: the request goes out with Transfer-Encoding: chunked. */
    private static BodyPublisher chunked(byte[] body) {
        return BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    private static String path() {
        return "/api/v1/patients/" + UUID.randomUUID();
    }

    private static void assertTooLarge(HttpResponse<String> response, String path) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonObject problem = new JsonObject(response.body());
        assertThat(problem.getString("type")).isEqualTo("https://clinic.dev/problems/payload-too-large");
        assertThat(problem.getString("title")).isEqualTo("Payload too large");
        assertThat(problem.getInteger("status")).isEqualTo(413);
        assertThat(problem.getString("detail")).contains("1048576 bytes");
        assertThat(problem.getString("instance")).isEqualTo(path);
        assertThat(problem.getString("requestId")).isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(FakeUpstreamProbe.seen(path)).as("requests for %s that reached the service", path).isZero();
    }

    @Test
    void declaredLengthOverTheLimitIsRefusedBeforeTheService() throws Exception {
        String path = path();
        assertTooLarge(put(path, BodyPublishers.ofByteArray(bytes(MIB + 1)), true), path);
    }

    @Test
    void declaredLengthOverTheLimitIsRefusedEvenBeforeTheTokenCheck() throws Exception {
        String path = path();
        assertTooLarge(put(path, BodyPublishers.ofByteArray(bytes(2 * MIB)), false), path);
    }

    @Test
    void chunkedBodyOverTheLimitIsRefusedBeforeTheService() throws Exception {
        String path = path();
        assertTooLarge(put(path, chunked(bytes(2 * MIB)), true), path);
    }

    @Test
    void chunkedBodyOneByteOverTheLimitIsRefused() throws Exception {
        String path = path();
        assertTooLarge(put(path, chunked(bytes(MIB + 1)), true), path);
    }

    @Test
    void bodyOfExactlyTheLimitPasses() throws Exception {
        HttpResponse<String> response = put(path(), BodyPublishers.ofByteArray(bytes(MIB)), true);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new JsonObject(response.body()).getString("body")).hasSize(MIB);
    }

    @Test
    void chunkedBodyWithinTheLimitReachesTheServiceWholeWithItsLength() throws Exception {
        String path = path();
        byte[] body = bytes(MIB);
        body[0] = 'a';
        body[MIB - 1] = 'z';
        HttpResponse<String> response = put(path, chunked(body), true);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject echo = new JsonObject(response.body());
        assertThat(echo.getString("body")).hasSize(MIB).startsWith("ax").endsWith("xz");
        assertThat(echo.getJsonObject("headers").getJsonArray("content-length").getString(0))
                .isEqualTo(String.valueOf(MIB));
        assertThat(echo.getJsonObject("headers").containsKey("transfer-encoding")).isFalse();
        assertThat(FakeUpstreamProbe.seen(path)).isEqualTo(1);
    }

    @Test
    void connectionStaysUsableAfterARefusal() throws Exception {
        String path = path();
        assertTooLarge(put(path, chunked(bytes(2 * MIB)), true), path);
        assertThat(put(path(), BodyPublishers.ofString("small"), true).statusCode()).isEqualTo(200);
    }
}
