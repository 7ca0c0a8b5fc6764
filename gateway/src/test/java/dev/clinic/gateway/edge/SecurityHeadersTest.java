package dev.clinic.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.clinic.gateway.GatewayTestResource;
import dev.clinic.gateway.config.GatewayConfig;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class SecurityHeadersTest {

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private static ValidatableResponse assertCommonHeaders(ValidatableResponse response) {
        return response.header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Server", nullValue())
                .header("X-Powered-By", nullValue())
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void serviceAnswerGetsTheHeadersAndLosesItsServerHeader() {
        assertCommonHeaders(given().header("Authorization", EdgeTokens.bearer("clinic-cli", "headers"))
                .when().get("/api/v1/patients")
                .then().statusCode(200)
                .header("X-Upstream", "fake"))
                .header("Content-Security-Policy", API_POLICY)
                .header("Cache-Control", "no-store");
    }

    @Test
    void gatewaysOwnProblemsGetThemToo() {
        assertCommonHeaders(given().when().get("/api/v1/patients").then().statusCode(401))
                .header("Content-Security-Policy", API_POLICY)
                .header("Cache-Control", "no-store");
        assertCommonHeaders(given().when().get("/nothing-here").then().statusCode(404))
                .header("Content-Security-Policy", API_POLICY);
        assertCommonHeaders(given().when().get("/q/health/live").then().statusCode(200))
                .header("Content-Security-Policy", API_POLICY);
    }

    @Test
    void strictTransportSecurityOnlyForRequestsThatCameOverHttps() {
        given().header("Authorization", EdgeTokens.bearer("clinic-cli", "headers"))
                .header("X-Forwarded-Proto", "https")
                .when().get("/api/v1/patients")
                .then().statusCode(200)
                .header("Strict-Transport-Security", "max-age=31536000");
        given().header("X-Forwarded-Proto", "http").when().get("/q/health/live")
                .then().header("Strict-Transport-Security", nullValue());
    }

    @Test
    void swaggerUiGetsAPolicyThatLetsItRun() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("style-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("default-src 'none'")))
                .header("Cache-Control", not(is("no-store")));
    }

    @Test
    void swaggerUiMayConnectToTheGatewayAndTheRealmOnly() {
        GatewayConfig.SecurityHeaders config = new GatewayConfig.SecurityHeaders() {
            @Override
            public java.time.Duration hstsMaxAge() {
                return java.time.Duration.ofDays(1);
            }

            @Override
            public Optional<List<URI>> swaggerUiConnectSrc() {
                return Optional.of(List.of(URI.create("http://localhost:8180/realms/clinic")));
            }
        };
        SecurityHeaders headers = new SecurityHeaders(config,
                Optional.of(URI.create("http://keycloak:8180/realms/clinic")));
        assertThat(headers.swaggerUiPolicy())
                .contains("connect-src 'self' http://keycloak:8180 http://localhost:8180;");
        assertThat(SecurityHeaders.origin(URI.create("https://id.example.org/realms/clinic")))
                .isEqualTo("https://id.example.org");
    }
}
