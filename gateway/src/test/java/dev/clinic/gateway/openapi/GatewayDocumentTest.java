package dev.clinic.gateway.openapi;

import static dev.clinic.gateway.openapi.SampleDocuments.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import dev.clinic.gateway.openapi.GatewayDocument.Frame;
import dev.clinic.gateway.openapi.GatewayDocument.ServiceDocument;
import dev.clinic.gateway.openapi.GatewayDocument.State;
import io.restassured.path.json.JsonPath;

/** What the gateway adds around the merged services: info, server, OAuth2, its own problems. */
class GatewayDocumentTest {

    static final Frame FRAME = new Frame("Clinic API", "1.0.0", "/", URI.create("http://localhost:8180/realms/clinic"),
            "clinic-web");

    static List<ServiceDocument> all() {
        return List.of(
                new ServiceDocument("booking-service", State.CURRENT, OpenApiFormat.parse(bytes(SampleDocuments.bookings()))),
                new ServiceDocument("patient-service", State.CURRENT, OpenApiFormat.parse(bytes(SampleDocuments.patients()))),
                new ServiceDocument("session-service", State.CURRENT, OpenApiFormat.parse(bytes(SampleDocuments.sessions()))));
    }

    static JsonPath json(List<ServiceDocument> services) {
        OpenAPI document = GatewayDocument.build(services, FRAME, OpenApiMergerTest.ROUTED).document();
        return JsonPath.from(OpenApiFormat.render(document).json());
    }

    @Test
    void infoAndServerAreTheGateways() {
        JsonPath document = json(all());

        assertThat(document.getString("openapi")).isEqualTo("3.1.0");
        assertThat(document.getString("info.title")).isEqualTo("Clinic API");
        assertThat(document.getString("info.version")).isEqualTo("1.0.0");
        assertThat(document.getString("info.description"))
                .contains("/openapi.yaml", "/q/swagger-ui", "docs/", "api-conventions.md", "`clinic-web`")
                .contains("Clinic API: patients (`patient-service`)", "Patients and screening.")
                .contains("Clinic API: sessions", "Clinic API: bookings")
                .doesNotContain("did not answer");
        assertThat(document.getString("info.license.name")).isEqualTo("Proprietary");
        assertThat(document.getList("servers.url")).containsExactly("/");
    }

    @Test
    void oauth2WithKeycloaksUrlsAndTheBearerSchemeAreDeclaredAndRequired() {
        JsonPath document = json(all());

        assertThat(document.getMap("components.securitySchemes")).containsOnlyKeys("oauth2", "bearer");
        assertThat(document.getString("components.securitySchemes.oauth2.type")).isEqualTo("oauth2");
        assertThat(document.getString("components.securitySchemes.oauth2.flows.authorizationCode.authorizationUrl"))
                .isEqualTo("http://localhost:8180/realms/clinic/protocol/openid-connect/auth");
        assertThat(document.getString("components.securitySchemes.oauth2.flows.authorizationCode.tokenUrl"))
                .isEqualTo("http://localhost:8180/realms/clinic/protocol/openid-connect/token");
        assertThat(document.getMap("components.securitySchemes.oauth2.flows.authorizationCode.scopes"))
                .containsOnlyKeys("openid");
        assertThat(document.getString("components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl"))
                .isEqualTo("http://localhost:8180/realms/clinic/protocol/openid-connect/token");
        // the specification requires scopes, even when there are none
        assertThat(document.getMap("components.securitySchemes.oauth2.flows.clientCredentials.scopes")).isEmpty();
        assertThat(document.getString("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
        assertThat(document.getList("security")).containsExactly(Map.of("oauth2", List.of()), Map.of("bearer", List.of()));
    }

    @Test
    void operationsThatNameRolesAcceptBothSchemesAndKeepTheRoles() {
        JsonPath document = json(all());

        // the services' own openIdConnect scheme (an in-network URL) is replaced by the gateway's two
        assertThat(document.getMap("components.securitySchemes")).doesNotContainKey("SecurityScheme");
        assertThat(document.getList("paths.'/api/v1/patients'.post.security")).containsExactly(
                Map.of("oauth2", List.of()), Map.of("bearer", List.of("clinic-admin", "front-desk")));
        assertThat(document.getList("paths.'/api/v1/appointments'.post.security")).containsExactly(
                Map.of("oauth2", List.of()), Map.of("bearer", List.of("clinic-admin", "front-desk", "patient")));
        // no requirement of its own: the document-wide one applies
        assertThat(document.getList("paths.'/api/v1/patients'.get.security")).isNull();
        assertThat(document.getString("components")).doesNotContain("keycloak:8180");
    }

    @Test
    void theGatewaysOwnProblemsAreComponentsOnEveryOperation() {
        JsonPath document = json(all());

        assertThat(document.getMap("components.responses")).containsKeys("BadRequest", "NotFound",
                "TooManyRequests", "PayloadTooLarge", "ServiceUnavailable", "GatewayTimeout");
        assertThat(document.getString("components.responses.TooManyRequests.headers.Retry-After.schema.type"))
                .isEqualTo("integer");
        assertThat(document.getInt("components.responses.TooManyRequests.content.'application/problem+json'.example.status"))
                .isEqualTo(429);
        assertThat(document.getString("components.responses.TooManyRequests.content.'application/problem+json'.schema.$ref"))
                .isEqualTo("#/components/schemas/Problem");
        assertThat(document.getInt("components.responses.PayloadTooLarge.content.'application/problem+json'.example.status"))
                .isEqualTo(413);
        assertThat(document.getString("paths.'/api/v1/appointments'.get.responses.'429'.$ref"))
                .isEqualTo("#/components/responses/TooManyRequests");
        assertThat(document.getString("paths.'/api/v1/appointments'.get.responses.'504'.$ref"))
                .isEqualTo("#/components/responses/GatewayTimeout");
        assertThat(document.getMap("paths.'/api/v1/appointments'.get.responses")).doesNotContainKey("413");
        assertThat(document.getString("paths.'/api/v1/appointments'.post.responses.'413'.$ref"))
                .isEqualTo("#/components/responses/PayloadTooLarge");
        // a service's own answer for a status is kept
        assertThat(document.getString("paths.'/api/v1/patients'.post.responses.'400'.$ref"))
                .isEqualTo("#/components/responses/BadRequest");
    }

    @Test
    void theDocumentSaysWhichServicesItHoldsAndWhatWasRenamed() {
        JsonPath document = json(List.of(all().get(0),
                new ServiceDocument("patient-service", State.CACHED, all().get(1).document()),
                new ServiceDocument("session-service", State.UNAVAILABLE, null)));

        assertThat(document.getList("x-clinic-sources")).containsExactly(
                Map.of("service", "booking-service", "state", "current"),
                Map.of("service", "patient-service", "state", "cached"),
                Map.of("service", "session-service", "state", "unavailable"));
        assertThat(document.getString("info.description"))
                .contains("patient-service did not answer; its part is the last document it served")
                .contains("session-service did not answer; its operations are missing");
        assertThat(document.getMap("paths")).containsKeys("/api/v1/appointments", "/api/v1/patients")
                .doesNotContainKey("/api/v1/sessions");
        // without session-service, booking-service's Status clashes with nothing
        assertThat(document.getList("x-clinic-renamed")).isNull();

        assertThat(json(all()).getList("x-clinic-renamed.to")).contains("BookingService_Status", "SessionService_Status");
    }

    @Test
    void jsonAndYamlAreTheSameDocument() throws Exception {
        OpenAPI document = GatewayDocument.build(all(), FRAME, OpenApiMergerTest.ROUTED).document();
        OpenApiFormat.Rendered rendered = OpenApiFormat.render(document);

        assertThat(new YAMLMapper().readTree(rendered.yaml())).isEqualTo(new ObjectMapper().readTree(rendered.json()));
        assertThat(rendered.yaml()).startsWith("---\nopenapi: \"3.1.0\"");
    }

    @Test
    void yamlSaysTheSameToAYaml11Reader() throws Exception {
        OpenAPI document = GatewayDocument.build(all(), FRAME, OpenApiMergerTest.ROUTED).document();
        OpenApiFormat.Rendered rendered = OpenApiFormat.render(document);

        // SnakeYAML reads YAML 1.1: a plain 13:45:30.123456789 would be a base-60 number, 2022-03-10 a date
        Object yaml = new org.yaml.snakeyaml.Yaml().load(rendered.yaml());
        assertThat(yaml).isEqualTo(new ObjectMapper().readValue(rendered.json(), Map.class));
        assertThat(rendered.yaml()).contains("- \"13:45:30.123456789\"", "- \"2022-03-10\"");
    }

    @Test
    void theRenderedDocumentReadsBackAsTheSameModel() {
        OpenAPI document = GatewayDocument.build(all(), FRAME, OpenApiMergerTest.ROUTED).document();
        String json = OpenApiFormat.render(document).json();

        assertThat(OpenApiFormat.render(OpenApiFormat.parse(bytes(json))).json()).isEqualTo(json);
    }
}
