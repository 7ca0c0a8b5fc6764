package dev.clinic.booking.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
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

/** A location's name is unique in its clinic, ignoring case; the 409 names the location that holds it. */
@QuarkusTest
@TestSecurity(user = "admin-names", roles = "clinic-admin")
@OidcSecurity(claims = @Claim(key = "clinic_id", value = "names-clinic"))
class LocationNameTest {

    static final String LOCATIONS = LocationResourceTest.LOCATIONS;

    @Inject
    DataSource dataSource;

    @Test
    void aSecondLocationWithTheSameNameIsAConflictNamingTheFirst() {
        String first = LocationResourceTest.create(Map.of("name", "Harbour View"));

        given().contentType(ContentType.JSON).body(Map.of("name", "  HARBOUR view "))
                .when().post(LOCATIONS)
                .then().statusCode(409)
                .contentType(LocationResourceTest.PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/location-name-taken"))
                .body("status", equalTo(409))
                .body("detail", equalTo("Another location of this clinic is already named \"Harbour View\""))
                .body("existingLocationId", equalTo(first));

        List<String> names = given().when().get(LOCATIONS + "?limit=200").then().statusCode(200)
                .extract().path("items.name");
        assertThat(names).containsOnlyOnce("Harbour View");
    }

    @Test
    void renamingOntoAnotherLocationsNameIsAConflictButKeepingOnesOwnIsNot() {
        String taken = LocationResourceTest.create(Map.of("name", "Riverside"));
        String other = LocationResourceTest.create(Map.of("name", "Hillside"));

        given().contentType(ContentType.JSON).body(Map.of("name", "riverside"))
                .when().put(LOCATIONS + "/" + other)
                .then().statusCode(409)
                .body("type", equalTo("https://clinic.dev/problems/location-name-taken"))
                .body("existingLocationId", equalTo(taken));
        given().when().get(LOCATIONS + "/" + other)
                .then().statusCode(200).header("ETag", "\"0\"").body("name", equalTo("Hillside"));

        // Changing only the case of its own name is no conflict with itself.
        given().contentType(ContentType.JSON).body(Map.of("name", "HILLSIDE", "address", "1 Hill Road"))
                .when().put(LOCATIONS + "/" + other)
                .then().statusCode(200)
                .body("name", equalTo("HILLSIDE"))
                .body("address", equalTo("1 Hill Road"));
    }

    /** The backstop for two requests racing past the service's check: the database refuses the second row. */
    @Test
    void theDatabaseRefusesADuplicateNameToo() throws SQLException {
        LocationResourceTest.create(Map.of("name", "Backstop"));
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into location (id, clinic_id, version, created_at, updated_at, name)
                        values (?, 'names-clinic', 0, now(), now(), 'BACKSTOP')""")) {
            insert.setObject(1, UUID.randomUUID());
            assertThatThrownBy(insert::executeUpdate).hasMessageContaining("location_name_per_clinic");
        }
    }
}
