package dev.clinic.booking.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/** A location of another clinic is answered exactly like one that does not exist, and names are per clinic. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenancyTest {

    static final String LOCATIONS = LocationResourceTest.LOCATIONS;
    static final String SHARED_NAME = "Tenancy Main Street";
    static String northsideLocation;

    @Test
    @Order(1)
    @TestSecurity(user = "admin-northside", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void northsideCreatesALocation() {
        northsideLocation = LocationResourceTest.create(Map.of("name", SHARED_NAME, "timeZone", "America/New_York"));
        given().when().get(LOCATIONS + "/" + northsideLocation).then().statusCode(200);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "admin-harbour", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "harbour"))
    void harbourCannotSeeOrChangeIt() {
        given().when().get(LOCATIONS + "/" + northsideLocation)
                .then().statusCode(404)
                .contentType(LocationResourceTest.PROBLEM)
                .body("detail", equalTo("Location " + northsideLocation + " was not found"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Hijacked"))
                .when().put(LOCATIONS + "/" + northsideLocation)
                .then().statusCode(404);
        given().when().get(LOCATIONS + "?limit=200")
                .then().statusCode(200)
                .body("items.id", not(hasItem(northsideLocation)));
        given().when().get(LOCATIONS + "?updatedSince=2000-01-01T00:00:00Z&limit=200")
                .then().statusCode(200)
                .body("items.id", not(hasItem(northsideLocation)));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "admin-harbour", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "harbour"))
    void harbourMayUseTheSameName() {
        given().contentType(ContentType.JSON).body(Map.of("name", SHARED_NAME, "timeZone", "Europe/London"))
                .when().post(LOCATIONS)
                .then().statusCode(201)
                .body("id", not(equalTo(northsideLocation)));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "admin-northside", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void northsideLocationIsUntouched() {
        given().when().get(LOCATIONS + "/" + northsideLocation)
                .then().statusCode(200)
                .body("name", equalTo(SHARED_NAME))
                .body("timeZone", equalTo("America/New_York"))
                .body("version", equalTo(0));
    }
}
