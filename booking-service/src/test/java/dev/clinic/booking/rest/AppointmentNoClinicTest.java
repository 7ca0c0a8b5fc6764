package dev.clinic.booking.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * A token without {@code clinic_id} belongs to no clinic: every appointment and availability
 * operation answers 403, whatever the role. Kept apart from the other appointment tests because
 * their database fixtures cannot run under such an identity (the tenant resolver refuses it too).
 */
@QuarkusTest
class AppointmentNoClinicTest {

    static final String APPOINTMENTS = "/api/v1/appointments";
    static final String NO_CLINIC = "The access token carries no clinic_id claim, so it belongs to no clinic";

    static Map<String, Object> booking() {
        return Map.of("patientId", UUID.randomUUID(), "practitionerId", UUID.randomUUID(), "appointmentTypeId",
                UUID.randomUUID(), "locationId", UUID.randomUUID(), "start", "2031-01-07T10:00:00Z");
    }

    /** Reads every role may use: refused for the missing clinic itself. */
    void everyOperationIs403() {
        String id = "/" + UUID.randomUUID();
        // Operations the role may not use at all are refused by the role check first: 403 either way.
        given().contentType(ContentType.JSON).body(booking()).post(APPOINTMENTS).then().statusCode(403)
                .contentType("application/problem+json");
        given().get(APPOINTMENTS).then().statusCode(403).body("detail", equalTo(NO_CLINIC));
        given().get(APPOINTMENTS + id).then().statusCode(403).body("detail", equalTo(NO_CLINIC));
        given().contentType(ContentType.JSON).body(booking()).put(APPOINTMENTS + id).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("reason", "CLINIC")).post(APPOINTMENTS + id + "/cancel")
                .then().statusCode(403);
        for (String transition : new String[] { "check-in", "complete", "no-show" }) {
            given().post(APPOINTMENTS + id + "/" + transition).then().statusCode(403);
        }
        given().queryParam("appointmentTypeId", UUID.randomUUID().toString())
                .queryParam("from", "2031-01-07T00:00:00Z").queryParam("to", "2031-01-08T00:00:00Z")
                .get("/api/v1/availability").then().statusCode(403).body("detail", equalTo(NO_CLINIC));
    }

    @Test
    @TestSecurity(user = "stray-admin", roles = "clinic-admin")
    void clinicAdminWithoutClinic() {
        everyOperationIs403();
    }

    @Test
    @TestSecurity(user = "stray-desk", roles = "front-desk")
    void frontDeskWithoutClinic() {
        everyOperationIs403();
    }

    @Test
    @TestSecurity(user = "stray-practitioner", roles = "practitioner")
    void practitionerWithoutClinic() {
        everyOperationIs403();
    }

    @Test
    @TestSecurity(user = "stray-patient", roles = "patient")
    void patientWithoutClinic() {
        everyOperationIs403();
    }

    @Test
    @TestSecurity(user = "stray-integrator", roles = "integrator")
    void integratorWithoutClinic() {
        everyOperationIs403();
    }
}
