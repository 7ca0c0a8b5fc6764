package dev.clinic.session.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/** A session of another clinic is answered exactly like one that does not exist. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenancyTest {

    static final String SESSIONS = Sessions.SESSIONS;
    static final String PATIENT = UUID.randomUUID().toString();
    static String northsideSession;

    @Test
    @Order(1)
    @TestSecurity(user = "needling-northside", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void northsideRecordsASession() {
        northsideSession = Sessions.create(Sessions.dryNeedling(PATIENT));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "admin-northside", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void northsideAdminReadsIt() {
        given().when().get(SESSIONS + "/" + northsideSession)
                .then().statusCode(200).header("ETag", "\"0\"").body("patientId", equalTo(PATIENT));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "ehr-sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void northsideIntegratorReadsIt() {
        given().when().get(SESSIONS + "/" + northsideSession).then().statusCode(200);
        given().when().get(SESSIONS + "?patientId=" + PATIENT)
                .then().statusCode(200).body("items.id", equalTo(List.of(northsideSession)));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "needling-harbour", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "harbour"))
    void harbourCannotSeeIt() {
        given().when().get(SESSIONS + "/" + northsideSession)
                .then().statusCode(404)
                .contentType(Sessions.PROBLEM)
                .body("detail", equalTo("Session " + northsideSession + " was not found"));
        given().when().get(SESSIONS + "?limit=200")
                .then().statusCode(200)
                .body("items.id", not(hasItem(northsideSession)));
        given().when().get(SESSIONS + "?patientId=" + PATIENT + "&updatedSince=2000-01-01T00:00:00Z")
                .then().statusCode(200)
                .body("items.id", not(hasItem(northsideSession)));
    }
}
