package dev.clinic.patient.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/** A record of another clinic is answered exactly like one that does not exist. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenancyTest {

    static String northsidePatient;

    @Test
    @Order(1)
    @TestSecurity(user = "frontdesk-northside", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void northsideRegistersAPatient() {
        northsidePatient = PatientResourceTest.create(PatientResourceTest.patient("Tenant"));
        given().when().get(PatientResourceTest.PATIENTS + "/" + northsidePatient).then().statusCode(200);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "frontdesk-harbour", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "harbour"))
    void harbourCannotSeeIt() {
        given().when().get(PatientResourceTest.PATIENTS + "/" + northsidePatient)
                .then().statusCode(404)
                .contentType(PatientResourceTest.PROBLEM)
                .body("detail", equalTo("Patient " + northsidePatient + " was not found"));
        given().contentType(ContentType.JSON).body(PatientResourceTest.patient("Hijack"))
                .when().put(PatientResourceTest.PATIENTS + "/" + northsidePatient)
                .then().statusCode(404);
        given().when().get(PatientResourceTest.PATIENTS + "?limit=200")
                .then().statusCode(200)
                .body("items.id", not(hasItem(northsidePatient)));
        given().when().get(PatientResourceTest.PATIENTS + "?updatedSince=2000-01-01T00:00:00Z&limit=200")
                .then().statusCode(200)
                .body("items.id", not(hasItem(northsidePatient)));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "frontdesk-northside", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void northsideRecordIsUntouched() {
        given().when().get(PatientResourceTest.PATIENTS + "/" + northsidePatient)
                .then().statusCode(200)
                .body("familyName", equalTo("Tenant"))
                .body("version", equalTo(0));
    }
}
