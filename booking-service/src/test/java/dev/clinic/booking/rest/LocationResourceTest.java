package dev.clinic.booking.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class LocationResourceTest {

    static final String LOCATIONS = "/api/v1/locations";
    static final String PROBLEM = "application/problem+json";

    /** A location body whose name no other test uses (names are unique per clinic). */
    static Map<String, Object> location(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name + " " + UUID.randomUUID().toString().substring(0, 8));
        body.put("address", "120 Main Street, Tampa, FL 33602");
        body.put("timeZone", "America/New_York");
        return body;
    }

    @Inject
    DataSource dataSource;

    static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(LOCATIONS)
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    @TestSecurity(user = "admin-northside", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void adminCreatesAndReadsALocation() {
        Map<String, Object> body = location("Downtown");
        Response created = given().contentType(ContentType.JSON).body(body)
                .when().post(LOCATIONS)
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("name", equalTo(body.get("name")))
                .body("address", equalTo("120 Main Street, Tampa, FL 33602"))
                .body("timeZone", equalTo("America/New_York"))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(LOCATIONS + "/" + id);

        given().when().get(LOCATIONS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("name", equalTo(body.get("name")))
                .body("timeZone", equalTo("America/New_York"));
    }

    @Test
    @TestSecurity(user = "admin-northside", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void withoutATimeZoneOrAddressTheyAreNullAndNamesAreTrimmed() {
        String name = "Annex " + UUID.randomUUID().toString().substring(0, 8);
        String id = given().contentType(ContentType.JSON).body(Map.of("name", "  " + name + "  ", "address", "   "))
                .when().post(LOCATIONS)
                .then().statusCode(201)
                .body("name", equalTo(name))
                .body("address", nullValue())
                // clinic settings (the zone a location inherits) come later; until then: null
                .body("timeZone", nullValue())
                .extract().path("id");
        given().when().get(LOCATIONS + "/" + id).then().statusCode(200).body("timeZone", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "Mars/Olympus_Mons", "america/new_york", "+01:00", "GMT+1", "Z", "" })
    @TestSecurity(user = "admin-northside", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void timeZoneMustBeAnIanaId(String zone) {
        Map<String, Object> body = location("Zoned");
        body.put("timeZone", zone);
        given().contentType(ContentType.JSON).body(body)
                .when().post(LOCATIONS)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/validation-failed"))
                .body("errors.field", equalTo(List.of("timeZone")))
                .body("errors[0].message", equalTo("must be an IANA time zone id, e.g. America/New_York"));
    }

    @Test
    @TestSecurity(user = "admin-northside", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void invalidFieldsAreNamed() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "x".repeat(101), "address", "y".repeat(301), "timeZone", "Nowhere/Land"))
                .when().post(LOCATIONS)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("address", "name", "timeZone")))
                .body("errors.message", hasItem("size must be between 0 and 100"));
        given().contentType(ContentType.JSON).body(Map.of("address", "Somewhere"))
                .when().post(LOCATIONS)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("name")))
                .body("errors[0].message", equalTo("must not be blank"));
        Map<String, Object> typo = location("Typo");
        typo.put("timezone", "Europe/London");
        given().contentType(ContentType.JSON).body(typo)
                .when().post(LOCATIONS)
                .then().statusCode(400)
                .body("errors.field", hasItem("timezone"));
    }

    @Test
    @TestSecurity(user = "admin-northside", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void replaceHonoursIfMatch() {
        String id = create(location("Versioned"));
        Map<String, Object> moved = location("Moved");
        moved.put("timeZone", "America/Chicago");

        Response updated = given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(moved)
                .when().put(LOCATIONS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo(moved.get("name")))
                .body("timeZone", equalTo("America/Chicago"))
                .body("version", equalTo(1))
                .extract().response();
        assertThat((String) updated.path("updatedAt")).isNotEqualTo(updated.path("createdAt"));

        // A second admin still holding version 0 must not overwrite the first one's change.
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(location("Lost update"))
                .when().put(LOCATIONS + "/" + id)
                .then().statusCode(412)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/precondition-failed"));
        given().when().get(LOCATIONS + "/" + id).then().body("name", equalTo(moved.get("name")));

        // Invalid input is refused before anything changes.
        Map<String, Object> invalid = location("Invalid");
        invalid.put("timeZone", "Eastern");
        given().contentType(ContentType.JSON).body(invalid)
                .when().put(LOCATIONS + "/" + id)
                .then().statusCode(400)
                .body("errors.field", hasItem("timeZone"));

        // Without If-Match the replace is unconditional, and a location without a zone drops it.
        Map<String, Object> zoneless = location("Zoneless");
        zoneless.remove("timeZone");
        given().contentType(ContentType.JSON).body(zoneless)
                .when().put(LOCATIONS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("timeZone", nullValue());
    }

    @Test
    @TestSecurity(user = "admin-northside", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void unknownLocationIs404Problem() {
        UUID id = UUID.randomUUID();
        given().when().get(LOCATIONS + "/" + id)
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("detail", equalTo("Location " + id + " was not found"));
        given().contentType(ContentType.JSON).body(location("Ghost"))
                .when().put(LOCATIONS + "/" + id)
                .then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void anonymousCallerGets401Problem() {
        given().when().get(LOCATIONS)
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://clinic.dev/problems/unauthorized"));
        given().when().get(LOCATIONS + "/" + UUID.randomUUID()).then().statusCode(401).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(location("Anonymous"))
                .when().post(LOCATIONS).then().statusCode(401).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(location("Anonymous"))
                .when().put(LOCATIONS + "/" + UUID.randomUUID()).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "stray", roles = "clinic-admin")
    void tokenWithoutClinicIsForbiddenEverywhere() {
        given().when().get(LOCATIONS)
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("detail", equalTo("The access token carries no clinic_id claim, so it belongs to no clinic"));
        given().when().get(LOCATIONS + "/" + UUID.randomUUID()).then().statusCode(403);
        given().contentType(ContentType.JSON).body(location("Nowhere"))
                .when().post(LOCATIONS).then().statusCode(403);
        given().contentType(ContentType.JSON).body(location("Nowhere"))
                .when().put(LOCATIONS + "/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "stranger", roles = "offline_access")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void tokenWithoutAClinicRoleMayNotEvenRead() {
        given().when().get(LOCATIONS).then().statusCode(403).contentType(PROBLEM);
        given().when().get(LOCATIONS + "/" + UUID.randomUUID()).then().statusCode(403).contentType(PROBLEM);
    }

    /** Staff, integrators and patients (who book online) read locations; only a clinic admin changes them. */
    @Test
    @TestSecurity(user = "frontdesk-northside", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void frontDeskReadsButDoesNotChange() throws SQLException {
        readsButDoesNotChange();
    }

    @Test
    @TestSecurity(user = "needling-northside", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void practitionerReadsButDoesNotChange() throws SQLException {
        readsButDoesNotChange();
    }

    @Test
    @TestSecurity(user = "ehr-sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void integratorReadsButDoesNotChange() throws SQLException {
        readsButDoesNotChange();
    }

    @Test
    @TestSecurity(user = "patient-northside", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = "northside"),
            @Claim(key = "patient_id", value = "00000000-0000-0000-0000-000000000001") })
    void patientReadsButDoesNotChange() throws SQLException {
        readsButDoesNotChange();
    }

    /** Seeded straight into the database, because none of these roles may create one. */
    private void readsButDoesNotChange() throws SQLException {
        String id = insertLocation("northside", "Seeded " + UUID.randomUUID()).toString();
        given().when().get(LOCATIONS).then().statusCode(200).body("items.id", hasItem(id));
        given().when().get(LOCATIONS + "/" + id).then().statusCode(200).header("ETag", notNullValue());
        given().contentType(ContentType.JSON).body(location("Not mine"))
                .when().post(LOCATIONS)
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/forbidden"));
        given().contentType(ContentType.JSON).body(location("Not mine"))
                .when().put(LOCATIONS + "/" + id)
                .then().statusCode(403)
                .contentType(PROBLEM);
        given().when().get(LOCATIONS + "/" + id).then().body("name", not(startsWith("Not mine")));
    }

    private UUID insertLocation(String clinic, String name) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into location (id, clinic_id, version, created_at, updated_at, name)
                        values (?, ?, 0, now(), now(), ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, clinic);
            insert.setString(3, name);
            insert.executeUpdate();
        }
        return id;
    }
}
