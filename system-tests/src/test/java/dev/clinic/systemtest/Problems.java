package dev.clinic.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The RFC 9457 problem document every error of the API must be (API.md, "Errors"). */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    /**
     * What an implementation detail looks like when it leaks: a stack frame, an exception class,
     * a fully qualified class name (a JSON binding error naming the request record, say), or a
     * Jackson source location.
     */
    private static final List<Pattern> INTERNALS = List.of(
            Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)"),
            Pattern.compile("\\w*Exception\\b"),
            Pattern.compile("Caused by:"),
            Pattern.compile("\\b[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z][\\w$]*"),
            Pattern.compile("\\[Source: "));

    private Problems() {
    }

    /**
     * Asserts that the response is a complete problem document with the given status, that its
     * requestId is the X-Request-Id the gateway answered with, and that nothing internal leaks.
     */
    static JsonPath assertProblem(Response response, int status) {
        String body = response.asString();
        assertThat(response.statusCode()).as("status of %s", body).isEqualTo(status);
        assertThat(response.contentType()).as("Content-Type").startsWith(MEDIA_TYPE);

        JsonPath problem = response.jsonPath();
        for (String member : List.of("type", "title", "detail", "instance", "requestId")) {
            assertThat(problem.getString(member)).as("problem member '%s' in %s", member, body).isNotBlank();
        }
        assertThat(problem.getInt("status")).as("problem member 'status'").isEqualTo(status);
        assertThat(problem.getString("requestId"))
                .as("requestId equals the X-Request-Id response header")
                .isEqualTo(response.header(Api.REQUEST_ID));
        assertNoInternals(body);
        return problem;
    }

    /** Asserts a 400 problem whose errors name the given request field. */
    static JsonPath assertInvalidField(Response response, String field) {
        JsonPath problem = assertProblem(response, 400);
        List<Map<String, Object>> errors = problem.getList("errors");
        assertThat(errors).as("errors of %s", response.asString())
                .isNotEmpty()
                .allSatisfy(error -> assertThat(error).containsKeys("field", "message"))
                .anySatisfy(error -> {
                    assertThat(error.get("field")).isEqualTo(field);
                    assertThat(String.valueOf(error.get("message"))).isNotBlank();
                });
        return problem;
    }

    static void assertNoInternals(String body) {
        for (Pattern internal : INTERNALS) {
            assertThat(internal.matcher(body).find())
                    .as("body must not reveal implementation details (%s): %s", internal, body)
                    .isFalse();
        }
    }
}
