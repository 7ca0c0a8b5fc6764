package dev.clinic.patient.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/** Every way a client can send a request wrong gets a 4xx problem document naming what is wrong. */
@QuarkusTest
@TestSecurity(user = "frontdesk", roles = "front-desk")
@OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
class ProblemDetailsTest {

    static final String PATIENTS = PatientResourceTest.PATIENTS;
    static final String PROBLEM = PatientResourceTest.PROBLEM;

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "familyName | ''           | must not be blank",
            "birthDate  | not-a-date   | must be a valid date (YYYY-MM-DD)",
            "birthDate  | 2999-01-01   | must be a date in the past or in the present",
            "sex        | alien        | must be one of: female, male, other, unknown",
            "email      | not-an-email | must be a well-formed email address",
            "phone      | call me      | must be a phone number",
    })
    void invalidFieldIsNamed(String field, String value, String message) {
        Map<String, Object> body = new HashMap<>(PatientResourceTest.patient("Invalid"));
        body.put(field, value);
        given().contentType(ContentType.JSON).body(body)
                .when().post(PATIENTS)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/validation-failed"))
                .body("status", equalTo(400))
                .body("requestId", notNullValue())
                .body("errors.field", hasItem(field))
                .body("errors.message", hasItem(message));
    }

    @Test
    void missingRequiredFieldsAreAllNamed() {
        given().contentType(ContentType.JSON).body(Map.of("givenName", "Only"))
                .when().post(PATIENTS)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItems("familyName", "birthDate", "sex"));
    }

    @Test
    void wrongTypeIsNamed() {
        Map<String, Object> body = new HashMap<>(PatientResourceTest.patient("Typed"));
        body.put("givenName", Map.of("nested", true));
        given().contentType(ContentType.JSON).body(body)
                .when().post(PATIENTS)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("givenName"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "givenName | 1e400",
            "givenName | 42",
            "givenName | true",
    })
    void scalarsAreNotCoerced(String field, String rawJson) {
        String body = "{\"givenName\": " + rawJson
                + ", \"familyName\": \"Coerced\", \"birthDate\": \"1990-01-01\", \"sex\": \"male\"}";
        given().contentType(ContentType.JSON).body(body)
                .when().post(PATIENTS)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem(field));
    }

    @Test
    void malformedJsonIs400WithoutInternals() {
        given().contentType(ContentType.JSON).body("{\"givenName\": \"Unclosed")
                .when().post(PATIENTS)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/malformed-json"))
                .body("detail", not(containsString("com.fasterxml")))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void emptyBodyIs400() {
        given().contentType(ContentType.JSON)
                .when().post(PATIENTS)
                .then().statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void wrongContentTypeIs415() {
        given().contentType(ContentType.TEXT).body("givenName=Maria")
                .when().post(PATIENTS)
                .then().statusCode(415)
                .contentType(PROBLEM)
                .body("status", equalTo(415))
                .body("detail", containsString("application/json"));
    }

    @Test
    void bodyOverOneMebibyteIs413Problem() {
        String huge = "{\"givenName\": \"" + "x".repeat(1_100_000) + "\"}";
        given().contentType(ContentType.JSON).body(huge)
                .when().post(PATIENTS)
                .then().statusCode(413)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/payload-too-large"));
        given().when().get(PATIENTS).then().statusCode(200);
    }

    @Test
    void wrongMethodIs405() {
        given().when().delete(PATIENTS)
                .then().statusCode(405)
                .contentType(PROBLEM);
    }

    @ParameterizedTest
    @CsvSource({ "limit=0", "limit=201", "limit=abc", "limit=99999999999", "cursor=not-a-cursor",
            "updatedSince=yesterday", "includeArchived=maybe" })
    void badListParametersAre400(String query) {
        given().when().get(PATIENTS + "?" + query)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", everyItem(notNullValue()));
    }
}
