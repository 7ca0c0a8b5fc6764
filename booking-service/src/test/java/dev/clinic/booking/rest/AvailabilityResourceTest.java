package dev.clinic.booking.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.specification.RequestSpecification;

/** {@code GET /api/v1/availability} (getAvailability): every role, both filters, every listed answer. */
@QuarkusTest
class AvailabilityResourceTest {

    static final String CLINIC = "availability-rest";
    static final String AVAILABILITY = "/api/v1/availability";
    static final String PROBLEM = "application/problem+json";
    // a Tuesday, 08:00–18:00 UTC working hours in the fixtures; 30 min + 10 min buffer → last slot 17:15
    static final String FROM = "2031-03-04T08:00:00Z";
    static final String TO = "2031-03-04T18:00:00Z";

    @Inject
    AppointmentFixtures fixtures;

    UUID north;
    UUID south;
    UUID type;
    UUID atNorth;
    UUID atSouth;

    @BeforeEach
    void setUp() {
        north = fixtures.location(CLINIC);
        south = fixtures.location(CLINIC);
        type = fixtures.dryNeedlingType(CLINIC);
        atNorth = fixtures.needlingPractitioner(CLINIC, north, null);
        atSouth = fixtures.needlingPractitioner(CLINIC, south, null);
    }

    RequestSpecification query() {
        return given().queryParam("appointmentTypeId", type.toString()).queryParam("from", FROM).queryParam("to", TO);
    }

    /** Slots of this test's two practitioners only (other tests of the class add their own). */
    List<String> ownSlots(RequestSpecification request) {
        return request.queryParam("practitionerId", atNorth.toString(), atSouth.toString())
                .get(AVAILABILITY).then().statusCode(200)
                .body("appointmentTypeId", equalTo(type.toString()))
                .body("from", equalTo(FROM)).body("to", equalTo(TO))
                .extract().jsonPath().getList("slots.collect { it.practitionerId + '@' + it.locationId + '@' + it.start }",
                        String.class);
    }

    void seesBothPractitionersSlots() {
        List<String> slots = ownSlots(query());
        assertThat(slots).contains(atNorth + "@" + north + "@2031-03-04T08:00:00Z",
                atSouth + "@" + south + "@2031-03-04T17:15:00Z");
        assertThat(slots).hasSize(2 * 38);
    }

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void clinicAdminSeesSlots() {
        seesBothPractitionersSlots();
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void frontDeskSeesSlots() {
        seesBothPractitionersSlots();
    }

    @Test
    @TestSecurity(user = "needling", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void practitionerSeesSlots() {
        seesBothPractitionersSlots();
    }

    @Test
    @TestSecurity(user = "patient", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC),
            @Claim(key = "patient_id", value = "8e3b0f4a-6f42-4e91-8d96-4c3a5f6b7a82") })
    void patientSeesSlots() {
        seesBothPractitionersSlots();
    }

    @Test
    @TestSecurity(user = "ehr-sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void integratorSeesSlots() {
        seesBothPractitionersSlots();
    }

    @Test
    void anonymousIs401() {
        query().get(AVAILABILITY).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "other-clinic", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "availability-rest-other"))
    void anotherClinicsTypeIsUnknown() {
        query().get(AVAILABILITY).then().statusCode(404).contentType(PROBLEM)
                .body("type", endsWith("/not-found"))
                .body("errors.field", equalTo(List.of("appointmentTypeId")));
    }

    /** Staff know an inactive type: 400, it offers no slots; a patient does not: 404 like an unknown one. */
    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void anInactiveTypeIs400ForStaff() {
        fixtures.deactivateType(type);
        query().get(AVAILABILITY).then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", equalTo(List.of("appointmentTypeId")));
    }

    @Test
    @TestSecurity(user = "patient", roles = "patient")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void anInactiveTypeIsUnknownToAPatient() {
        fixtures.deactivateType(type);
        query().get(AVAILABILITY).then().statusCode(404).contentType(PROBLEM)
                .body("type", endsWith("/not-found"))
                .body("errors.field", equalTo(List.of("appointmentTypeId")));
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void locationIdKeepsOnlyThatLocationsSlots() {
        List<String> slots = ownSlots(query().queryParam("locationId", south.toString()));
        assertThat(slots).isNotEmpty().allMatch(slot -> slot.startsWith(atSouth + "@" + south + "@"));
        UUID empty = fixtures.location(CLINIC);
        assertThat(ownSlots(query().queryParam("locationId", empty.toString()))).isEmpty();
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void practitionerIdKeepsOnlyThosePractitioners() {
        List<String> slots = query().queryParam("practitionerId", atNorth.toString()).get(AVAILABILITY).then()
                .statusCode(200).extract().jsonPath().getList("slots.practitionerId", String.class);
        assertThat(slots).hasSize(38).containsOnly(atNorth.toString());
        // without the filter every qualified practitioner of the clinic is offered, these two included
        List<String> all = query().get(AVAILABILITY).then().statusCode(200).extract().jsonPath()
                .getList("slots.practitionerId", String.class);
        assertThat(all).contains(atNorth.toString(), atSouth.toString());
        // an unknown practitioner is simply nobody
        assertThat(query().queryParam("practitionerId", UUID.randomUUID().toString()).get(AVAILABILITY).then()
                .statusCode(200).extract().jsonPath().getList("slots")).isEmpty();
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void badParametersAre400() {
        given().queryParam("from", FROM).queryParam("to", TO).get(AVAILABILITY).then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("appointmentTypeId"));
        given().queryParam("appointmentTypeId", type.toString()).queryParam("to", TO).get(AVAILABILITY).then()
                .statusCode(400).contentType(PROBLEM);
        given().queryParam("appointmentTypeId", type.toString()).queryParam("from", TO).queryParam("to", FROM)
                .get(AVAILABILITY).then().statusCode(400).body("errors.field", hasItem("to"));
        given().queryParam("appointmentTypeId", "not-a-uuid").queryParam("from", FROM).queryParam("to", TO)
                .get(AVAILABILITY).then().statusCode(400).contentType(PROBLEM);
    }

    /** A type or location the clinic does not have (unknown or another clinic's) is a 404 naming the parameter. */
    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void unknownTypeOrLocationIs404NamingTheParameter() {
        given().queryParam("appointmentTypeId", UUID.randomUUID().toString()).queryParam("from", FROM)
                .queryParam("to", TO).get(AVAILABILITY).then().statusCode(404).contentType(PROBLEM)
                .body("type", endsWith("/not-found"))
                .body("errors.field", equalTo(List.of("appointmentTypeId")));
        query().queryParam("locationId", UUID.randomUUID().toString()).get(AVAILABILITY).then().statusCode(404)
                .contentType(PROBLEM).body("type", endsWith("/not-found"))
                .body("errors.field", equalTo(List.of("locationId")));
    }
}
