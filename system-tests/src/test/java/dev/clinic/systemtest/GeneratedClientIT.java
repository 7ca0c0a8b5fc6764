package dev.clinic.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An integrator's client, generated from the gateway's merged OpenAPI document with
 * openapi-generator (Java, {@code native} library), compiled, and used with typed calls through
 * the gateway: the program is {@code src/test/resources/client-smoke/ClientSmoke.java}.
 *
 * <p>Everything is written under {@code target/generated-client}: {@code openapi.json} (the
 * document), {@code client/} (the generated project), {@code smoke-src/} and {@code classes/}.
 */
class GeneratedClientIT {

    static final Path WORK_DIR = Path.of("target", "generated-client");
    static final String SMOKE_CLASS = GeneratedClient.PACKAGE + ".smoke.ClientSmoke";

    static URLClassLoader client;
    static Function<Map<String, String>, Map<String, String>> smoke;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void generateCompileAndLoadTheClient() throws Exception {
        Response response = given().baseUri(StackConfig.gatewayUrl()).get("/openapi");
        assertThat(response.statusCode()).as("GET /openapi: %s", response.asString()).isEqualTo(200);
        JsonNode document = new ObjectMapper().readTree(response.asString());
        // A service that is down leaves its operations out (or stale): generate only from a whole document.
        assertThat(document.path("x-clinic-sources").findValuesAsText("state")).as("x-clinic-sources: %s",
                document.path("x-clinic-sources")).containsOnly("current").hasSize(OpenApiIT.SERVICES.size());
        Files.createDirectories(WORK_DIR);
        Path documentFile = WORK_DIR.resolve("openapi.json");
        Files.writeString(documentFile, response.asString(), StandardCharsets.UTF_8);

        long start = System.nanoTime();
        Path generatedSources = GeneratedClient.generate(documentFile, WORK_DIR.resolve("client"));
        long generated = System.nanoTime();
        Path smokeSources = WORK_DIR.resolve("smoke-src");
        GeneratedClient.deleteRecursively(smokeSources);
        GeneratedClient.copyResourceSource("/client-smoke/ClientSmoke.java", smokeSources,
                GeneratedClient.PACKAGE + ".smoke");
        client = GeneratedClient.compile(List.of(generatedSources, smokeSources), WORK_DIR.resolve("classes"));
        long compiled = System.nanoTime();
        System.out.printf("GeneratedClientIT: client generated in %d ms, compiled with ClientSmoke in %d ms%n",
                Duration.ofNanos(generated - start).toMillis(), Duration.ofNanos(compiled - generated).toMillis());

        smoke = (Function<Map<String, String>, Map<String, String>>) client.loadClass(SMOKE_CLASS)
                .getDeclaredConstructor().newInstance();
    }

    @AfterAll
    static void closeTheClassLoader() throws Exception {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void theGeneratedClientCreatesReadsAndFindsAPatient() {
        Map<String, Object> patient = TestPatients.newPatient();

        Map<String, String> seen = smoke.apply(Map.of(
                "scenario", "create-read-find",
                "baseUrl", StackConfig.gatewayUrl(),
                "token", Tokens.of(DemoUser.FRONTDESK_NORTHSIDE),
                "givenName", (String) patient.get("givenName"),
                "familyName", (String) patient.get("familyName"),
                "birthDate", (String) patient.get("birthDate"),
                "sex", (String) patient.get("sex"),
                "email", (String) patient.get("email")));

        String id = seen.get("created.id");
        assertThat(seen.get("created.status")).as("createPatient status").isEqualTo("201");
        assertThat(UUID.fromString(id)).as("created id").isNotNull();
        assertThat(seen.get("created.location")).as("Location").isEqualTo("/api/v1/patients/" + id);
        assertThat(seen).as("getPatient through the generated client").contains(
                Map.entry("read.id", id),
                Map.entry("read.givenName", (String) patient.get("givenName")),
                Map.entry("read.familyName", (String) patient.get("familyName")),
                Map.entry("read.birthDate", (String) patient.get("birthDate")),
                Map.entry("read.sex", (String) patient.get("sex")),
                Map.entry("read.email", (String) patient.get("email")));
        assertThat(seen.get("read.version")).as("version").matches("\\d+");
        assertThat(seen.get("read.createdAt")).as("createdAt, an OffsetDateTime").endsWith("Z");
        assertThat(seen.get("found.ids")).as("listPatients(q = the family name)").isEqualTo(id);
        assertThat(seen.get("found.nextCursor")).as("one page").isEqualTo("null");

        // The same patient as the plain HTTP API shows it.
        Response read = Api.as(DemoUser.FRONTDESK_NORTHSIDE).get("/patients/{id}", id);
        assertThat(read.statusCode()).as("read over plain HTTP: %s", read.asString()).isEqualTo(200);
        assertThat(read.jsonPath().getString("familyName")).isEqualTo(patient.get("familyName"));
    }

    @Test
    void anUnknownPatientIsTheGeneratedApiExceptionWith404AndAProblem() {
        Map<String, String> seen = smoke.apply(Map.of(
                "scenario", "read-unknown",
                "baseUrl", StackConfig.gatewayUrl(),
                "token", Tokens.of(DemoUser.FRONTDESK_NORTHSIDE)));

        assertThat(seen).as("getPatient(random id)").doesNotContainKey("read.id").contains(
                Map.entry("exception", GeneratedClient.PACKAGE + ".ApiException"),
                Map.entry("exception.code", "404"),
                Map.entry("problem.status", "404"));
        assertThat(seen.get("exception.contentType")).startsWith("application/problem+json");
        assertThat(seen.get("problem.type")).as("problem type").endsWith("/not-found");
        assertThat(seen.get("problem.requestId")).as("problem requestId").isNotBlank();
    }
}
