package dev.clinic.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Swagger UI on the gateway, fed with each service's document through the gateway. */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class ServiceDocumentsTest {

    @Test
    void aServiceDocumentIsFetchedFromTheServiceWithoutTheCallersCredentials() {
        JsonPath echo = given().header("Authorization", "Bearer " + Tokens.valid()).cookie("session", "secret")
                .when().get("/openapi/patient-service")
                .then().statusCode(200)
                .extract().jsonPath();
        assertThat(echo.getString("method")).isEqualTo("GET");
        assertThat(echo.getString("path")).isEqualTo("/q/openapi");
        assertThat(echo.getString("query")).isEqualTo("format=json");
        assertThat(echo.getList("headers.authorization")).isNullOrEmpty();
        assertThat(echo.getList("headers.cookie")).isNullOrEmpty();
    }

    @Test
    void unknownServiceIs404Problem() {
        given().when().get("/openapi/billing-service")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void serviceDownIs503Problem() {
        given().when().get("/openapi/session-service")
                .then().statusCode(503)
                .contentType("application/problem+json");
    }

    @Test
    void swaggerUiListsEveryServiceDocument() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("/openapi/patient-service"))
                .body(containsString("/openapi/session-service"))
                .body(containsString("/openapi/booking-service"));
    }
}
