package dev.clinic.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one OpenAPI document at the gateway, built from the running services' own documents, and
 * Swagger UI pointing at it with Keycloak's login (client {@code clinic-web}, PKCE).
 */
class OpenApiIT {

    static final List<String> SERVICES = List.of("patient-service", "session-service", "booking-service");
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    static final String SWAGGER_REDIRECT = "http://localhost:8080/q/swagger-ui/oauth2-redirect.html";

    static JsonNode merged;

    @BeforeAll
    static void fetchTheMergedDocument() throws Exception {
        Response response = given().baseUri(StackConfig.gatewayUrl()).get("/openapi");
        assertThat(response.statusCode()).as("GET /openapi: %s", response.asString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        merged = new ObjectMapper().readTree(response.asString());
    }

    /** Each service's own document, straight from the service (as the gateway fetches it). */
    static JsonNode serviceDocument(String service) throws Exception {
        Response response = given().baseUri(serviceUrl(service)).queryParam("format", "json").get("/q/openapi");
        assertThat(response.statusCode()).as("%s /q/openapi", service).isEqualTo(200);
        return new ObjectMapper().readTree(response.asString());
    }

    static String serviceUrl(String service) {
        String variable = switch (service) {
            case "patient-service" -> "CLINIC_PATIENT_URL";
            case "session-service" -> "CLINIC_SESSION_URL";
            case "booking-service" -> "CLINIC_BOOKING_URL";
            default -> throw new IllegalArgumentException(service);
        };
        String port = switch (service) {
            case "patient-service" -> "8081";
            case "session-service" -> "8082";
            default -> "8083";
        };
        String value = System.getProperty(variable, System.getenv(variable));
        return value == null || value.isBlank() ? "http://localhost:" + port : value;
    }

    static List<String> operationIds(JsonNode document) {
        List<String> ids = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey())) {
                ids.add(operation.getValue().path("operationId").asText(path.getKey() + " " + operation.getKey()));
            }
        }));
        return ids;
    }

    @Test
    void everyOperationOfEveryServiceIsInTheDocumentExactlyOnce() throws Exception {
        List<String> merged = operationIds(OpenApiIT.merged);
        // the audit log (listAuditEvents) is documented by every service and answered by the gateway
        // from all of them: one operation, counted once
        Set<String> distinct = new TreeSet<>();
        for (String service : SERVICES) {
            List<String> own = operationIds(serviceDocument(service));
            assertThat(own).as("%s documents operations", service).isNotEmpty();
            for (String id : own) {
                assertThat(merged).as("operationId %s of %s", id, service).containsOnlyOnce(id);
            }
            assertThat(own).as("%s serves the audit log", service).contains("listAuditEvents");
            distinct.addAll(own);
        }
        assertThat(merged).as("nothing but the services' operations").hasSize(distinct.size());
        assertThat(OpenApiIT.merged.path("x-clinic-sources").findValuesAsText("state"))
                .containsOnly("current").hasSize(3);
    }

    @Test
    void everyPathOfEveryServiceKeepsItsOperations() throws Exception {
        for (String service : SERVICES) {
            JsonNode own = serviceDocument(service);
            own.path("paths").properties().forEach(path -> {
                JsonNode kept = merged.path("paths").path(path.getKey());
                assertThat(kept.isMissingNode()).as("%s of %s", path.getKey(), service).isFalse();
                path.getValue().properties().stream().filter(operation -> METHODS.contains(operation.getKey()))
                        .forEach(operation -> assertThat(kept.path(operation.getKey()).path("operationId").asText())
                                .isEqualTo(operation.getValue().path("operationId").asText()));
            });
        }
    }

    @Test
    void everyReferenceResolvesAndNoComponentClashed() {
        Matcher refs = Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/(\\w+)/([^\"]+)\"").matcher(merged.toString());
        Set<String> unresolved = new TreeSet<>();
        int count = 0;
        while (refs.find()) {
            count++;
            if (merged.path("components").path(refs.group(1)).path(refs.group(2)).isMissingNode()) {
                unresolved.add(refs.group(1) + "/" + refs.group(2));
            }
        }
        assertThat(count).isGreaterThan(100);
        assertThat(unresolved).as("references to nothing").isEmpty();
        // one name, two meanings across services would be renamed per service (docs/decisions.md);
        // the services name their schemas so that this does not happen
        assertThat(merged.path("x-clinic-renamed").isMissingNode()).as("renamed: %s", merged.path("x-clinic-renamed"))
                .isTrue();
        for (String shared : List.of("BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict",
                "PreconditionFailed", "IdempotencyKeyReused", "ServiceUnavailable", "TooManyRequests",
                "PayloadTooLarge")) {
            assertThat(merged.path("components").path("responses").has(shared)).as("response %s", shared).isTrue();
        }
        assertThat(merged.path("components").path("schemas").has("Problem")).isTrue();
    }

    @Test
    void theSecuritySchemesAreKeycloaksOnes() {
        JsonNode oauth2 = merged.path("components").path("securitySchemes").path("oauth2");
        String realm = StackConfig.oidcUrl();

        assertThat(oauth2.path("type").asText()).isEqualTo("oauth2");
        assertThat(oauth2.at("/flows/authorizationCode/authorizationUrl").asText())
                .isEqualTo(realm + "/protocol/openid-connect/auth");
        assertThat(oauth2.at("/flows/authorizationCode/tokenUrl").asText())
                .isEqualTo(realm + "/protocol/openid-connect/token");
        assertThat(oauth2.at("/flows/clientCredentials/tokenUrl").asText())
                .isEqualTo(realm + "/protocol/openid-connect/token");
        assertThat(merged.path("components").path("securitySchemes").path("bearer").path("scheme").asText())
                .isEqualTo("bearer");
        assertThat(merged.path("security").toString()).isEqualTo("[{\"oauth2\":[]},{\"bearer\":[]}]");
        assertThat(merged.path("info").path("title").asText()).isEqualTo("Clinic API");
        // with a name alone, openapi-generator's default validation refuses the document
        assertThat(merged.at("/info/license/identifier").asText()).isEqualTo("LicenseRef-Proprietary");
    }

    @Test
    void jsonAndYamlAreTheSameDocument() throws Exception {
        // fetched again together, so both come from one cache period of the gateway
        String json = given().baseUri(StackConfig.gatewayUrl()).get("/openapi").asString();
        Response yaml = given().baseUri(StackConfig.gatewayUrl()).get("/openapi.yaml");
        Response yamlByParameter = given().baseUri(StackConfig.gatewayUrl()).queryParam("format", "yaml").get("/openapi");

        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.contentType()).startsWith("application/yaml");
        assertThat(new YAMLMapper().readTree(yaml.asString())).isEqualTo(new ObjectMapper().readTree(json));
        assertThat(yamlByParameter.asString()).isEqualTo(yaml.asString());
    }

    @Test
    void swaggerUiShowsTheMergedDocumentWithKeycloaksLogin() {
        Response page = given().baseUri(StackConfig.gatewayUrl()).get("/q/swagger-ui/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString())
                .contains("url: '/openapi'")
                .contains("clientId: 'clinic-web'")
                .contains("usePkceWithAuthorizationCodeGrant: true")
                .contains("scopes: 'openid'")
                .contains("/q/swagger-ui/oauth2-redirect.html");
        assertThat(given().baseUri(StackConfig.gatewayUrl()).get("/q/swagger-ui/oauth2-redirect.html").statusCode())
                .isEqualTo(200);
    }

    @Test
    void keycloakAcceptsSwaggerUisLoginWithPkceOnly() {
        RestAssuredConfig noRedirects = RestAssuredConfig.config()
                .redirect(RedirectConfig.redirectConfig().followRedirects(false));
        String authorize = merged.at("/components/securitySchemes/oauth2/flows/authorizationCode/authorizationUrl").asText();
        Map<String, String> request = Map.of("client_id", "clinic-web", "response_type", "code", "scope", "openid",
                "redirect_uri", SWAGGER_REDIRECT, "state", "openapi-it");

        Response withPkce = given().config(noRedirects).queryParams(request)
                .queryParam("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
                .queryParam("code_challenge_method", "S256")
                .get(authorize);
        Response withoutPkce = given().config(noRedirects).queryParams(request).get(authorize);

        assertThat(withPkce.statusCode()).as("login form: %s", withPkce.asString()).isEqualTo(200);
        assertThat(withPkce.asString()).contains("<form");
        // refused: back to the redirect URI with an error, never a login form
        assertThat(withoutPkce.statusCode()).isEqualTo(302);
        assertThat(withoutPkce.header("Location")).startsWith(SWAGGER_REDIRECT).contains("error=invalid_request");
    }
}
