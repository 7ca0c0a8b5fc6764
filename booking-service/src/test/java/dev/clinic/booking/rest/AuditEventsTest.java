package dev.clinic.booking.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/**
 * The platform's audit log API as booking-service serves it (filters and paging are tested once, in
 * patient-service): clinic admins read this service's events, named after it; other roles get 403,
 * which is itself a DENIED event.
 */
@QuarkusTest
class AuditEventsTest {

    static final String EVENTS = "/api/v1/audit-events";

    @Test
    @TestSecurity(user = "admin-audit-events", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "audit-events-clinic"))
    void aDeniedRequestIsListedNamingThisService() {
        String unknown = UUID.randomUUID().toString();
        String requestId = "denied-" + UUID.randomUUID();
        int status = given().header("X-Request-Id", requestId).when().get("/api/v1/appointments/" + unknown)
                .then().statusCode(anyOf(equalTo(403), equalTo(404))).extract().statusCode();
        given().queryParam("outcome", "DENIED").queryParam("actor", "admin-audit-events").queryParam("limit", 1)
                .when().get(EVENTS)
                .then().statusCode(200)
                .body("items[0].service", equalTo("booking-service"))
                .body("items[0].requestId", equalTo(requestId))
                .body("items[0].outcome", equalTo("DENIED"))
                .body("items[0].status", equalTo(status))
                .body("items[0].method", equalTo("GET"))
                .body("items[0].path", equalTo("/api/v1/appointments/" + unknown))
                .body("items[0].resourceId", equalTo(unknown))
                .body("items[0].actor.subject", equalTo("admin-audit-events"));
        given().queryParam("outcome", "MAYBE").when().get(EVENTS).then().statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
    }

    @Test
    @TestSecurity(user = "frontdesk-audit-events", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "audit-events-clinic"))
    void frontDeskIsRefused() {
        given().when().get(EVENTS).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "practitioner-audit-events", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "audit-events-clinic"))
    void practitionerIsRefused() {
        given().when().get(EVENTS).then().statusCode(403);
    }
}
