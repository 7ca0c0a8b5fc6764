package dev.clinic.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends hostile requests byte for byte as built (java.net.http: no client-side encoding, charset
 * or content type is added) through the gateway, a few at a time, and records every answer that
 * breaks the rules instead of stopping at the first, so one run names every defect.
 */
final class HostileClient {

    /** What the answer to a hostile request must be. */
    record Expectation(Set<Integer> statuses, boolean mayAccept) {
        /** A 4xx problem, exactly one of these statuses when any are given. */
        static Expectation refused(Integer... statuses) {
            return new Expectation(Set.of(statuses), false);
        }

        /** Unusual but valid data: a 2xx, or a 4xx problem (a business rule may still say no). */
        static Expectation mayBeAccepted() {
            return new Expectation(Set.of(), true);
        }
    }

    /** One hostile request. {@code body} null: none; {@code contentType} null: no header. */
    record Case(String what, String operation, DemoUser user, String method, String pathAndQuery, String contentType,
            byte[] body, Map<String, String> headers, Expectation expectation) {
    }

    /** An answer, for the properties that look at accepted values. */
    record Answer(Case sent, int status, String contentType, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PARALLEL = 4;
    private static final int MAX_REPORTED = 40;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    final AtomicInteger requests = new AtomicInteger();
    final Map<String, AtomicInteger> perOperation = new ConcurrentHashMap<>();

    /** Sends every case, checks every answer; returns the answers in order. */
    List<Answer> send(List<Case> cases) {
        List<Future<Answer>> futures = new ArrayList<>();
        for (Case c : cases) {
            futures.add(pool.submit(() -> sendOne(c)));
        }
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> future : futures) {
            try {
                answers.add(future.get());
            } catch (Exception e) {
                violations.add("the test could not send a request: " + e);
            }
        }
        return answers;
    }

    private Answer sendOne(Case c) {
        HttpRequest.BodyPublisher publisher = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(c.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(StackConfig.gatewayUrl() + c.pathAndQuery()))
                .timeout(Duration.ofSeconds(30))
                .method(c.method().toUpperCase(), publisher)
                .header("Authorization", "Bearer " + Tokens.of(c.user()))
                .header("Accept", "application/json, application/problem+json");
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        c.headers().forEach(request::header);
        requests.incrementAndGet();
        perOperation.computeIfAbsent(c.operation(), k -> new AtomicInteger()).incrementAndGet();
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String body = new String(response.body(), StandardCharsets.UTF_8);
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            Answer answer = new Answer(c, response.statusCode(), contentType, body);
            check(answer);
            return answer;
        } catch (Exception e) {
            violations.add(c.what() + ": no answer (" + e + ")");
            return new Answer(c, -1, "", "");
        }
    }

    private void check(Answer a) {
        Case c = a.sent();
        int status = a.status();
        if (status >= 500) {
            fail(a, "a server error");
            return;
        }
        if (status == 401 || status == 403) {
            fail(a, "refused before validation (the test's caller must be allowed the operation)");
            return;
        }
        if (status < 400) {
            if (!(c.expectation().mayAccept() && status >= 200 && status < 300)) {
                fail(a, "accepted");
            }
            return;
        }
        if (!c.expectation().statuses().isEmpty() && !c.expectation().statuses().contains(status)) {
            fail(a, "expected " + c.expectation().statuses());
        }
        String problem = problemDefect(a);
        if (problem != null) {
            fail(a, problem);
        }
    }

    /** What is wrong with a 4xx answer as a problem document, or null. */
    static String problemDefect(Answer a) {
        if (!a.contentType().startsWith(Problems.MEDIA_TYPE)) {
            return "not a problem document (Content-Type " + a.contentType() + ")";
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(a.body());
        } catch (Exception e) {
            return "a problem document that is not JSON";
        }
        if (problem.path("status").asInt() != a.status()) {
            return "problem status " + problem.path("status") + " is not the HTTP status";
        }
        boolean detail = !problem.path("detail").asText("").isBlank();
        boolean namedErrors = problem.path("errors").isArray() && problem.path("errors").size() > 0;
        for (JsonNode error : problem.path("errors")) {
            if (error.path("field").asText("").isBlank() || error.path("message").asText("").isBlank()) {
                return "an error without field or message";
            }
        }
        if (!detail && !namedErrors) {
            return "a problem that names nothing (no detail, no errors)";
        }
        if (a.body().contains("Exception") || a.body().contains("at dev.clinic") || a.body().contains("dev.clinic.")) {
            return "implementation details in the problem";
        }
        try {
            Problems.assertNoInternals(a.body());
        } catch (AssertionError e) {
            return "implementation details in the problem";
        }
        return null;
    }

    private void fail(Answer a, String why) {
        Case c = a.sent();
        String body = a.body().length() > 300 ? a.body().substring(0, 300) + "…" : a.body();
        violations.add(c.what() + " → " + a.status() + " " + why + ": " + body);
    }

    /** The violations recorded since the last call, at most a readable number of them. */
    List<String> drain() {
        List<String> all = new ArrayList<>();
        for (String v; (v = violations.poll()) != null;) {
            all.add(v);
        }
        if (all.size() > MAX_REPORTED) {
            List<String> shown = new ArrayList<>(all.subList(0, MAX_REPORTED));
            shown.add("… and " + (all.size() - MAX_REPORTED) + " more");
            return shown;
        }
        return all;
    }

    void close() {
        pool.shutdownNow();
    }
}
