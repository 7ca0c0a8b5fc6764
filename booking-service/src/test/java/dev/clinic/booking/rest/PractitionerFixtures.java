package dev.clinic.booking.rest;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.restassured.http.ContentType;

/** Bodies and seeded rows shared by the practitioner tests. */
final class PractitionerFixtures {

    static final String PRACTITIONERS = "/api/v1/practitioners";
    static final String PROBLEM = "application/problem+json";

    private PractitionerFixtures() {
    }

    /** A needling practitioner whose email no other test uses (emails are unique per clinic). */
    static Map<String, Object> practitioner(String givenName) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", givenName);
        body.put("familyName", "Whitfield");
        body.put("email", givenName.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@clinic.example");
        body.put("phone", "+1 813 555 0142");
        body.put("modalities", List.of("DRY_NEEDLING"));
        body.put("yearsExperience", 8);
        body.put("languages", List.of("en", "es"));
        body.put("bio", "Physiotherapist with a focus on headache and neck pain.");
        body.put("treatsMigraine", true);
        body.put("tracksOutcomes", true);
        return body;
    }

    /** Creates one through the API; the caller must be a clinic admin. */
    static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(PRACTITIONERS)
                .then().statusCode(201)
                .extract().path("id");
    }

    static String createLocation() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", "Site " + UUID.randomUUID().toString().substring(0, 8)))
                .when().post("/api/v1/locations")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** For roles that may not create one. */
    static UUID insertPractitioner(DataSource dataSource, String clinic, boolean active, String keycloakUserId)
            throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into practitioner (id, clinic_id, version, created_at, updated_at, given_name, family_name,
                                                  email, phone, modalities, active, keycloak_user_id)
                        values (?, ?, 0, now(), now(), 'Seeded', 'Practitioner', ?, '+1 813 555 0100',
                                '{DRY_NEEDLING}', ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, clinic);
            insert.setString(3, "seeded." + id + "@clinic.example");
            insert.setBoolean(4, active);
            insert.setString(5, keycloakUserId);
            insert.executeUpdate();
        }
        return id;
    }

    static long count(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
