package dev.clinic.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gateway's merged OpenAPI document passes an OpenAPI linter: Redocly CLI (from npm, run with
 * npx at a pinned version) with the recommended ruleset and our conventions as errors
 * ({@code src/test/resources/redocly.yaml}). Errors fail the test; warnings are counted in the
 * output. The document, the linter's JSON report and its log are kept in {@code target/openapi-lint}.
 */
class OpenApiLintIT {

    /** Pinned so a new release cannot change the verdict unnoticed; needs Node 20.19+ or 22.12+. */
    static final String REDOCLY_CLI = "@redocly/cli@2.77.0";
    static final Path WORK_DIR = Path.of("target", "openapi-lint");
    /** The first run downloads the CLI into npm's cache. */
    static final long TIMEOUT_SECONDS = 300;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/openapi", "/openapi.yaml"})
    void theMergedDocumentHasNoLintErrors(String path) throws Exception {
        Response response = given().baseUri(StackConfig.gatewayUrl()).get(path);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.asString()).isEqualTo(200);
        Files.createDirectories(WORK_DIR);
        String name = path.endsWith(".yaml") ? "openapi.yaml" : "openapi.json";
        Path document = WORK_DIR.resolve(name);
        Files.writeString(document, response.asString(), StandardCharsets.UTF_8);

        Lint lint = lint(document);

        JsonNode totals = lint.report().path("totals");
        Map<String, Long> warningsByRule = countByRule(lint.report(), "warn");
        System.out.printf("OpenApiLintIT: %s with %s: %d errors, %d warnings %s%n", path, REDOCLY_CLI,
                totals.path("errors").asInt(), totals.path("warnings").asInt(), warningsByRule);
        assertThat(totals.path("errors").asInt(-1)).as("lint errors of %s:%n%s", path, describeErrors(lint.report()))
                .isZero();
        assertThat(lint.exitCode()).as("exit code of redocly lint; its log: %s", lint.log()).isZero();
    }

    record Lint(int exitCode, JsonNode report, String log) {
    }

    static Lint lint(Path document) throws IOException, InterruptedException {
        Path config = Path.of("src", "test", "resources", "redocly.yaml");
        assertThat(config).as("lint configuration").exists();
        String base = document.getFileName().toString().replace('.', '-');
        Path report = WORK_DIR.resolve(base + "-lint.json");
        Path log = WORK_DIR.resolve(base + "-lint.log");
        ProcessBuilder builder = new ProcessBuilder(List.of("npx", "--yes", REDOCLY_CLI, "lint",
                document.toAbsolutePath().toString(), "--config", config.toAbsolutePath().toString(),
                "--format=json"))
                .redirectOutput(report.toFile())
                .redirectError(log.toFile());
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        builder.environment().put("NO_COLOR", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("npx not found: the lint needs Node.js 20.19+ with npm on the PATH", e);
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("redocly lint did not finish within " + TIMEOUT_SECONDS + " s; "
                    + Files.readString(log));
        }
        String logText = Files.readString(log);
        String output = Files.readString(report);
        assertThat(output).as("redocly's JSON report (exit code %d); its log: %s", process.exitValue(), logText)
                .startsWith("{");
        return new Lint(process.exitValue(), new ObjectMapper().readTree(output), logText);
    }

    static Map<String, Long> countByRule(JsonNode report, String severity) {
        return problems(report).stream()
                .filter(problem -> severity.equals(problem.path("severity").asText()))
                .collect(Collectors.groupingBy(problem -> problem.path("ruleId").asText(), TreeMap::new,
                        Collectors.counting()));
    }

    static String describeErrors(JsonNode report) {
        return problems(report).stream()
                .filter(problem -> "error".equals(problem.path("severity").asText()))
                .limit(40)
                .map(problem -> "  " + problem.path("ruleId").asText() + ": " + problem.path("message").asText()
                        + " at " + problem.path("location").path(0).path("pointer").asText())
                .collect(Collectors.joining(System.lineSeparator()));
    }

    static List<JsonNode> problems(JsonNode report) {
        return StreamSupport.stream(report.path("problems").spliterator(), false).toList();
    }
}
