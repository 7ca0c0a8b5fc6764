package dev.clinic.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.clinic.gateway.GatewayTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The gateway never leaves a client hanging on a service (read timeout 1 s in these tests): not
 * when the service stops halfway through its answer, nor while the client's own upload stalls.
 * Down and silent services (503, 504) are covered in GatewayProxyTest.
 */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class FailureTest {

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void serviceThatStallsMidAnswerBreaksTheStreamInsteadOfHanging() {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/api/v1/patients/stall"))
                .header("Authorization", EdgeTokens.bearer("clinic-cli", "failures"))
                .timeout(Duration.ofSeconds(10))
                .build();
        long start = System.nanoTime();
        // the status line is out already, so the only honest signal left is a broken body
        assertThatThrownBy(() -> client.send(request, BodyHandlers.ofString()))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(HttpTimeoutException.class);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_000);
    }

    @Test
    void stalledUploadIsAnsweredAtTheReadTimeout() throws Exception {
        String token = EdgeTokens.of("clinic-cli", "failures");
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /api/v1/patients/stalled HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nonly ten b").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(12);
            assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 504");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_000);
        }
    }
}
