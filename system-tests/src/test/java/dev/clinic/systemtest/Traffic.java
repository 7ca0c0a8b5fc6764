package dev.clinic.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Many requests from many threads through the gateway, each one recorded (who, what, status,
 * time taken): the load of the fault and soak tests. Plain java.net.http, thread-safe and with a
 * timeout on every request, so a hanging service shows up as a failed call rather than a hung test.
 */
final class Traffic {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    /** One request and its answer; {@code status} 0 when no answer came at all. */
    record Call(String who, String method, String path, int status, String contentType, String retryAfter,
            String body, long startedAtNanos, long nanos) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("not JSON: " + this, e);
            }
        }

        String id() {
            return json().path("id").asText(null);
        }

        @Override
        public String toString() {
            return who + " " + method + " " + path + " -> " + status + " (" + nanos / 1_000_000 + " ms) "
                    + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base = StackConfig.gatewayUrl() + "/api/v1";
    final Queue<Call> calls = new ConcurrentLinkedQueue<>();

    Call get(String who, Supplier<String> token, String path) {
        return send(who, token, "GET", path, null, Map.of());
    }

    Call post(String who, Supplier<String> token, String path, Object body) {
        return send(who, token, "POST", path, body, Map.of());
    }

    Call send(String who, Supplier<String> token, String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token.get())
                .header("Accept", "application/json");
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json");
            try {
                request.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        }
        long started = System.nanoTime();
        Call call;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            call = new Call(who, method, path, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.body(), started,
                    System.nanoTime() - started);
        } catch (IOException e) {
            call = new Call(who, method, path, 0, "", null, e.toString(), started, System.nanoTime() - started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call = new Call(who, method, path, 0, "", null, "interrupted", started, System.nanoTime() - started);
        }
        calls.add(call);
        return call;
    }

    List<Call> snapshot() {
        return new ArrayList<>(calls);
    }

    /** A claim of an access token (no signature check: the token came from Keycloak just now). */
    static String claim(String token, String name) {
        try {
            JsonNode payload = JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                    StandardCharsets.UTF_8));
            return payload.path(name).asText(null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The p-th percentile (0..100) of the calls' durations, in milliseconds. */
    static double percentileMillis(List<Call> calls, double p) {
        long[] nanos = calls.stream().mapToLong(Call::nanos).sorted().toArray();
        if (nanos.length == 0) {
            return 0;
        }
        int index = (int) Math.min(nanos.length - 1, Math.max(0, Math.ceil(p / 100 * nanos.length) - 1));
        return nanos[index] / 1_000_000.0;
    }
}
