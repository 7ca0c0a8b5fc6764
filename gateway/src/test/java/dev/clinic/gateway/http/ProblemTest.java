package dev.clinic.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.vertx.core.json.JsonObject;

class ProblemTest {

    @ParameterizedTest
    @CsvSource({
            "401, unauthorized, Unauthorized",
            "403, forbidden, Forbidden",
            "404, not-found, Not found",
            "413, request-entity-too-large, Request entity too large",
            "500, internal-error, Internal error",
            "502, bad-gateway, Bad gateway",
            "503, service-unavailable, Service unavailable",
            "504, gateway-timeout, Gateway timeout",
    })
    void namesProblemsLikeThePlatform(int status, String code, String title) {
        Problem problem = Problem.of(status, "detail");
        assertThat(problem.code()).isEqualTo(code);
        assertThat(problem.title()).isEqualTo(title);
    }

    @Test
    void writesTheDocumentInRfc9457Shape() {
        JsonObject json = new JsonObject(Problem.notFound("/api/v1/x").toJson("/api/v1/x", "req-1"));
        assertThat(json.fieldNames()).containsExactly("type", "title", "status", "detail", "instance", "requestId");
        assertThat(json.getString("type")).isEqualTo("https://clinic.dev/problems/not-found");
        assertThat(json.getInteger("status")).isEqualTo(404);
        assertThat(json.getString("requestId")).isEqualTo("req-1");
    }
}
