package dev.clinic.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * {@code /openapi} on a running gateway, with services that serve small documents
 * ({@link OpenApiTestResource}): merged, in JSON and YAML, public, refreshed when a service is
 * redeployed and kept when it goes down; and Swagger UI pointing at it with Keycloak's login.
 */
@QuarkusTest
@WithTestResource(OpenApiTestResource.class)
class OpenApiEndpointTest {

    static final Duration PATIENCE = Duration.ofSeconds(10);

    static JsonPath document() {
        return given().when().get("/openapi")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .extract().jsonPath();
    }

    /** Asks again (the document is cached for a second here) until the document shows {@code expected}. */
    static JsonPath eventually(Predicate<JsonPath> expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonPath document = document();
        while (!expected.test(document) && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
            document = document();
        }
        assertThat(expected.test(document)).as("document within %s", PATIENCE).isTrue();
        return document;
    }

    static String service(String name) {
        return ConfigProvider.getConfig().getValue("gateway.routes." + name + ".url", String.class);
    }

    static boolean state(JsonPath document, String service, String state) {
        return document.getList("x-clinic-sources", Map.class)
                .contains(Map.of("service", service, "state", state));
    }

    static List<String> operationIds(JsonPath document) {
        return document.getList("paths.collect { it.value.collect { it.value.operationId } }.flatten()", String.class);
    }

    @Test
    void everyServicesOperationsAreInOneDocumentWithoutAToken() {
        JsonPath document = document();

        assertThat(operationIds(document)).containsExactlyInAnyOrder("listAppointments", "createAppointment",
                "listPatients", "createPatient", "getPatient", "listSessions", "getSession", "createTreatmentPlan");
        assertThat(document.getString("info.title")).isEqualTo("Clinic API");
        assertThat(document.getList("servers.url")).containsExactly("/");
        assertThat(document.getList("tags.name")).containsExactly("Appointments", "Patients", "Sessions",
                "Treatment plans");
        assertThat(document.getMap("components.schemas")).containsKeys("Modality", "Problem", "BookingService_Status",
                "SessionService_Status").doesNotContainKey("Status");
        assertThat(document.getList("x-clinic-sources", Map.class)).containsExactly(
                Map.of("service", "archive-service", "state", "unavailable"),
                Map.of("service", "booking-service", "state", "current"),
                Map.of("service", "patient-service", "state", "current"),
                Map.of("service", "session-service", "state", "current"));
    }

    @Test
    void theSecuritySchemesAreKeycloaksAndRequiredEverywhere() {
        JsonPath document = document();

        assertThat(document.getString("components.securitySchemes.oauth2.flows.authorizationCode.authorizationUrl"))
                .isEqualTo(OpenApiTestResource.REALM + "/protocol/openid-connect/auth");
        assertThat(document.getString("components.securitySchemes.oauth2.flows.authorizationCode.tokenUrl"))
                .isEqualTo(OpenApiTestResource.REALM + "/protocol/openid-connect/token");
        assertThat(document.getString("components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl"))
                .isEqualTo(OpenApiTestResource.REALM + "/protocol/openid-connect/token");
        assertThat(document.getString("components.securitySchemes.bearer.type")).isEqualTo("http");
        assertThat(document.getList("security")).containsExactly(Map.of("oauth2", List.of()), Map.of("bearer", List.of()));
        assertThat(document.getString("components.responses.TooManyRequests.headers.Retry-After.schema.type"))
                .isEqualTo("integer");
        assertThat(document.getMap("components.responses")).containsKeys("PayloadTooLarge", "NotFound", "BadRequest");
    }

    @Test
    void yamlIsTheSameDocument() throws Exception {
        JsonNode json = new ObjectMapper().readTree(given().when().get("/openapi.json")
                .then().statusCode(200).contentType(startsWith("application/json")).extract().asString());
        // the three ways of asking for YAML, all within one cache period of the JSON above
        for (var yaml : List.of(given().when().get("/openapi.yaml"),
                given().queryParam("format", "yaml").when().get("/openapi"),
                given().accept("application/yaml").when().get("/openapi"))) {
            yaml.then().statusCode(200).contentType(startsWith("application/yaml"));
            JsonNode tree = new YAMLMapper().readTree(yaml.asString());
            assertThat(tree).isEqualTo(json);
        }
    }

    @Test
    void anUnknownFormatIsA400Problem() {
        given().queryParam("format", "xml").when().get("/openapi")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("format must be json or yaml"));
    }

    @Test
    void thereIsNoOtherDocument() {
        given().when().get("/openapi/patient-service").then().statusCode(404).contentType("application/problem+json");
        // the gateway's own (empty) document would only mislead
        given().when().get("/q/openapi").then().statusCode(404);
    }

    @Test
    void swaggerUiShowsTheMergedDocumentAndSignsInThroughKeycloakWithPkce() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("url: '/openapi'"))
                .body(not(containsString("/openapi/patient-service")))
                .body(containsString("clientId: 'clinic-web'"))
                .body(containsString("usePkceWithAuthorizationCodeGrant: true"))
                .body(containsString("scopes: 'openid'"))
                .body(containsString("/q/swagger-ui/oauth2-redirect.html"));
        given().when().get("/q/swagger-ui/oauth2-redirect.html").then().statusCode(200);
    }

    @Test
    void aRedeployedServiceShowsUpWithoutRestartingTheGateway() throws Exception {
        document();
        given().body(SampleDocuments.bookings(SampleDocuments.ROOMS_PATH))
                .when().put(service("booking-service") + "/_fake/document").then().statusCode(204);
        try {
            JsonPath document = eventually(d -> operationIds(d).contains("listRooms"));
            assertThat(document.getMap("paths")).containsKey("/api/v1/locations/{id}/rooms");
        } finally {
            given().body(SampleDocuments.bookings())
                    .when().put(service("booking-service") + "/_fake/document").then().statusCode(204);
            eventually(d -> !operationIds(d).contains("listRooms"));
        }
    }

    @Test
    void aServiceThatGoesDownKeepsItsLastGoodPart() throws Exception {
        eventually(d -> state(d, "session-service", "current"));
        given().when().put(service("session-service") + "/_fake/down").then().statusCode(204);
        try {
            JsonPath document = eventually(d -> state(d, "session-service", "cached"));
            assertThat(operationIds(document)).contains("listSessions", "getSession", "createTreatmentPlan");
            assertThat(document.getString("info.description")).contains("session-service did not answer");
        } finally {
            given().when().put(service("session-service") + "/_fake/up").then().statusCode(204);
            eventually(d -> state(d, "session-service", "current"));
        }
    }
}
