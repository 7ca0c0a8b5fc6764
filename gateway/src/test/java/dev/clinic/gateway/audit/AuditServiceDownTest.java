package dev.clinic.gateway.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** With one service down, the audit log is a 503 naming it: never the other two services' part alone. */
@QuarkusTest
@WithTestResource(value = AuditTestResource.class, initArgs = @ResourceArg(name = "down", value = "patient-service"))
class AuditServiceDownTest {

    @Test
    void oneServiceDownIs503() {
        given().header("Authorization", "Bearer " + AuditEventsEndpointTest.token("clinic-admin"))
                .get("/api/v1/audit-events")
                .then().statusCode(503).contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("type", equalTo("https://clinic.dev/problems/service-unavailable"))
                .body("detail", containsString("patient-service"));
    }
}
