package dev.clinic.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Readiness reports every service behind the gateway; here session-service is down (nobody listens). */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class HealthTest {

    @Test
    void readinessReportsEachServiceAndIsDownWhileOneIs() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", is("DOWN"))
                .body("checks.find { it.name == 'patient-service' }.status", is("UP"))
                .body("checks.find { it.name == 'patient-service' }.data.url", startsWith("http://localhost:"))
                .body("checks.find { it.name == 'booking-service' }.status", is("UP"))
                .body("checks.find { it.name == 'session-service' }.status", is("DOWN"))
                .body("checks.find { it.name == 'session-service' }.data.error", notNullValue());
    }

    @Test
    void livenessDoesNotDependOnServices() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }
}
