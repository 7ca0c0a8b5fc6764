package dev.clinic.booking.rest;

import static dev.clinic.booking.rest.PractitionerFixtures.PRACTITIONERS;
import static dev.clinic.booking.rest.PractitionerFixtures.PROBLEM;
import static dev.clinic.booking.rest.PractitionerFixtures.create;
import static dev.clinic.booking.rest.PractitionerFixtures.insertPractitioner;
import static dev.clinic.booking.rest.PractitionerFixtures.practitioner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class TimeOffResourceTest {

    static final String CLINIC = "time-off-b";

    @Inject
    DataSource dataSource;

    static String timeOff(String practitionerId) {
        return PRACTITIONERS + "/" + practitionerId + "/time-off";
    }

    static Map<String, Object> conference() {
        return Map.of("start", "2026-07-06T00:00:00Z", "end", "2026-07-11T00:00:00Z", "reason", "Conference");
    }

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void adminAddsAndReadsTimeOff() {
        String id = create(practitioner("Away"));
        Response created = given().contentType(ContentType.JSON).body(conference())
                .when().post(timeOff(id))
                .then().statusCode(201)
                .body("practitionerId", equalTo(id))
                .body("start", equalTo("2026-07-06T00:00:00Z"))
                .body("end", equalTo("2026-07-11T00:00:00Z"))
                .body("reason", equalTo("Conference"))
                .extract().response();
        String timeOffId = created.path("id");
        assertThat(created.header("Location")).isEqualTo(timeOff(id) + "/" + timeOffId);
        given().when().get(timeOff(id) + "/" + timeOffId).then().statusCode(200).header("ETag", "\"0\"");
        // overlapping time off is allowed: a sick day inside a holiday is both
        given().contentType(ContentType.JSON)
                .body(Map.of("start", "2026-07-07T00:00:00Z", "end", "2026-07-08T00:00:00Z"))
                .when().post(timeOff(id))
                .then().statusCode(201)
                .body("reason", equalTo(null));
        given().when().get(timeOff(id)).then().statusCode(200).body("items.size()", equalTo(2));

        String key = UUID.randomUUID().toString();
        String once = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(conference())
                .when().post(timeOff(id)).then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(conference())
                .when().post(timeOff(id)).then().statusCode(201).body("id", equalTo(once));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("start", "2026-08-01T00:00:00Z", "end", "2026-08-02T00:00:00Z"))
                .when().post(timeOff(id)).then().statusCode(422).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void invalidTimeOffIsRefused() {
        String id = create(practitioner("Backwards"));
        given().contentType(ContentType.JSON)
                .body(Map.of("start", "2026-07-11T00:00:00Z", "end", "2026-07-11T00:00:00Z"))
                .when().post(timeOff(id))
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("end")))
                .body("errors[0].message", equalTo("must be after start"));
        given().contentType(ContentType.JSON).body(Map.of("start", "tomorrow", "end", "2026-07-11T00:00:00Z"))
                .when().post(timeOff(id))
                .then().statusCode(400).body("errors.field", equalTo(List.of("start")));
        given().contentType(ContentType.JSON).body(Map.of("reason", "x".repeat(501)))
                .when().post(timeOff(id))
                .then().statusCode(400).body("errors.field", equalTo(List.of("end", "reason", "start")));
        String unknown = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body(conference()).when().post(timeOff(unknown))
                .then().statusCode(404).contentType(PROBLEM);
        given().when().get(timeOff(unknown)).then().statusCode(404);
        given().when().get(timeOff(id) + "/" + UUID.randomUUID()).then().statusCode(404);
        given().queryParam("updatedSince", "yesterday").when().get(timeOff(id)).then().statusCode(400);
    }

    @Test
    void anonymousCallerGets401() {
        String id = UUID.randomUUID().toString();
        given().when().get(timeOff(id)).then().statusCode(401).contentType(PROBLEM);
        given().when().get(timeOff(id) + "/" + id).then().statusCode(401);
        given().contentType(ContentType.JSON).body(conference()).when().post(timeOff(id)).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void frontDeskReadsButDoesNotAdd() throws SQLException {
        readsButDoesNotAdd();
    }

    @Test
    @TestSecurity(user = "needling", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void practitionerReadsButDoesNotAdd() throws SQLException {
        readsButDoesNotAdd();
    }

    @Test
    @TestSecurity(user = "ehr-sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void integratorReadsButDoesNotAdd() throws SQLException {
        readsButDoesNotAdd();
    }

    @Test
    @TestSecurity(user = "patient", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC),
            @Claim(key = "patient_id", value = "00000000-0000-0000-0000-000000000001") })
    void patientsDoNotSeeTimeOff() throws SQLException {
        String id = insertPractitioner(dataSource, CLINIC, true, null).toString();
        given().when().get(timeOff(id)).then().statusCode(403).contentType(PROBLEM);
        given().when().get(timeOff(id) + "/" + UUID.randomUUID()).then().statusCode(403);
        given().contentType(ContentType.JSON).body(conference()).when().post(timeOff(id)).then().statusCode(403);
    }

    private void readsButDoesNotAdd() throws SQLException {
        String id = insertPractitioner(dataSource, CLINIC, true, null).toString();
        given().when().get(timeOff(id)).then().statusCode(200).body("items", equalTo(List.of()));
        given().contentType(ContentType.JSON).body(conference()).when().post(timeOff(id))
                .then().statusCode(403).contentType(PROBLEM);
        given().when().get(timeOff(id)).then().body("items", equalTo(List.of()));
    }
}
