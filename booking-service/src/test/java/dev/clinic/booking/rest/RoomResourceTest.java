package dev.clinic.booking.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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

/** Rooms of a location, in clinics of their own ("rooms-clinic", "rooms-other"). */
@QuarkusTest
class RoomResourceTest {

    static final String PROBLEM = LocationResourceTest.PROBLEM;
    static final String CLINIC = "rooms-clinic";

    @Inject
    DataSource dataSource;

    static String rooms(Object locationId) {
        return "/api/v1/locations/" + locationId + "/rooms";
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @TestSecurity(user = "admin-rooms", roles = "clinic-admin")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "azp", value = "clinic-web") })
    void adminCreatesReadsAndListsRooms() throws SQLException {
        UUID location = insertLocation(CLINIC);
        String requestId = "room-" + UUID.randomUUID();
        Response created = given().contentType(ContentType.JSON).header("X-Request-Id", requestId)
                .body(Map.of("name", "  Room 1 "))
                .when().post(rooms(location))
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("locationId", equalTo(location.toString()))
                .body("name", equalTo("Room 1"))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).isEqualTo(rooms(location) + "/" + id);

        given().when().get(created.header("Location"))
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("name", equalTo("Room 1"));

        String second = given().contentType(ContentType.JSON).body(Map.of("name", "Room 2"))
                .when().post(rooms(location)).then().statusCode(201).extract().path("id");
        // The same name in another location is no conflict.
        UUID otherLocation = insertLocation(CLINIC);
        given().contentType(ContentType.JSON).body(Map.of("name", "Room 1"))
                .when().post(rooms(otherLocation)).then().statusCode(201);

        // Keyset pages of this location's rooms only, in creation order.
        Response page = given().when().get(rooms(location) + "?limit=1")
                .then().statusCode(200).extract().response();
        assertThat((List<String>) page.path("items.id")).containsExactly(id);
        String next = page.path("nextCursor");
        assertThat(page.header("Link")).isEqualTo("<" + rooms(location) + "?limit=1&cursor=" + next + ">; rel=\"next\"");
        given().when().get(rooms(location) + "?limit=1&cursor=" + next)
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(second)))
                .body("nextCursor", equalTo(null));
        given().when().get(rooms(location) + "?updatedSince=2000-01-01T00:00:00Z")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(id, second)));

        // Changes are audited, reads are not.
        List<String> audit = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("""
                        select action, resource_type, subject, client_id, request_id from audit_event
                        where resource_id = ? order by occurred_at""")) {
            q.setObject(1, UUID.fromString(id));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    audit.add(String.join("|", r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5)));
                }
            }
        }
        assertThat(audit).containsExactly("CREATE|ROOM|admin-rooms|clinic-web|" + requestId);
    }

    @Test
    @TestSecurity(user = "admin-rooms", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void aSecondRoomWithTheSameNameInTheLocationIsAConflictNamingTheFirst() throws SQLException {
        UUID location = insertLocation(CLINIC);
        String first = given().contentType(ContentType.JSON).body(Map.of("name", "Quiet Room"))
                .when().post(rooms(location)).then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("name", " QUIET room"))
                .when().post(rooms(location))
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/room-name-taken"))
                .body("detail", equalTo("Another room of this location is already named \"Quiet Room\""))
                .body("existingRoomId", equalTo(first));
        given().when().get(rooms(location)).then().body("items.id", equalTo(List.of(first)));

        // The backstop for two requests racing past the check: the database refuses the second row.
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into room (id, clinic_id, version, created_at, updated_at, location_id, name)
                        values (?, ?, 0, now(), now(), ?, 'quiet ROOM')""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, CLINIC);
            insert.setObject(3, location);
            assertThatThrownBy(insert::executeUpdate).hasMessageContaining("room_name_per_location");
        }
    }

    /** The database refuses a room of one clinic in another clinic's location. */
    @Test
    void aRoomCannotPointAtAnotherClinicsLocation() throws SQLException {
        UUID location = insertLocation("rooms-other");
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into room (id, clinic_id, version, created_at, updated_at, location_id, name)
                        values (?, ?, 0, now(), now(), ?, 'Stray')""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, CLINIC);
            insert.setObject(3, location);
            assertThatThrownBy(insert::executeUpdate).hasMessageContaining("room_location_fk");
        }
    }

    @Test
    @TestSecurity(user = "admin-rooms", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void invalidRoomsAre400() throws SQLException {
        UUID location = insertLocation(CLINIC);
        given().contentType(ContentType.JSON).body(Map.of("name", " "))
                .when().post(rooms(location))
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("name")))
                .body("errors[0].message", equalTo("must not be blank"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x".repeat(101)))
                .when().post(rooms(location)).then().statusCode(400).body("errors.field", equalTo(List.of("name")));
        given().contentType(ContentType.JSON).body(Map.of("name", "Room", "floor", 2))
                .when().post(rooms(location)).then().statusCode(400).body("errors.field", hasItem("floor"));
        given().when().get(rooms(location) + "?limit=0")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().when().get(rooms("not-a-uuid")).then().statusCode(404);
        given().when().get(rooms(location)).then().body("items", equalTo(List.of()));
    }

    @Test
    @TestSecurity(user = "admin-rooms", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void unknownOrForeignLocationsAndRoomsAre404() throws SQLException {
        UUID unknown = UUID.randomUUID();
        UUID foreign = insertLocation("rooms-other");
        UUID foreignRoom = insertRoom("rooms-other", foreign, "Theirs");
        for (UUID location : List.of(unknown, foreign)) {
            given().contentType(ContentType.JSON).body(Map.of("name", "Room 9"))
                    .when().post(rooms(location))
                    .then().statusCode(404)
                    .contentType(PROBLEM)
                    .body("detail", equalTo("Location " + location + " was not found"));
            given().when().get(rooms(location)).then().statusCode(404).contentType(PROBLEM);
            given().when().get(rooms(location) + "/" + UUID.randomUUID()).then().statusCode(404);
        }
        given().when().get(rooms(foreign) + "/" + foreignRoom).then().statusCode(404);

        // A room is only found through its own location.
        UUID mine = insertLocation(CLINIC);
        UUID other = insertLocation(CLINIC);
        UUID room = insertRoom(CLINIC, mine, "Room 1");
        given().when().get(rooms(mine) + "/" + room).then().statusCode(200);
        given().when().get(rooms(other) + "/" + room)
                .then().statusCode(404)
                .body("detail", equalTo("Room " + room + " was not found"));
    }

    @Test
    @TestSecurity(user = "admin-rooms", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void idempotencyKeyReplaysTheFirstRoomPerLocation() throws SQLException {
        UUID location = insertLocation(CLINIC);
        String key = UUID.randomUUID().toString();
        Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("name", "Room A")).when().post(rooms(location))
                .then().statusCode(201).extract().response();
        // Without the key this repeat would be a 409 (the name is taken); with it, it is the first answer.
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("name", "Room A")).when().post(rooms(location))
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")));
        // The same body for another location is another request.
        UUID other = insertLocation(CLINIC);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("name", "Room A")).when().post(rooms(other))
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/idempotency-key-reused"));
        given().when().get(rooms(location)).then().body("items.id", equalTo(List.of((String) first.path("id"))));
        given().when().get(rooms(other)).then().body("items", equalTo(List.of()));
    }

    @Test
    void anonymousCallerGets401() {
        UUID location = UUID.randomUUID();
        given().when().get(rooms(location))
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", startsWith("Bearer"));
        given().when().get(rooms(location) + "/" + UUID.randomUUID()).then().statusCode(401).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("name", "Room"))
                .when().post(rooms(location)).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "stray", roles = "clinic-admin")
    void tokenWithoutClinicIs403() {
        UUID location = UUID.randomUUID();
        given().when().get(rooms(location)).then().statusCode(403).contentType(PROBLEM);
        given().when().get(rooms(location) + "/" + UUID.randomUUID()).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("name", "Room"))
                .when().post(rooms(location)).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "frontdesk-rooms", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void frontDeskReadsButDoesNotCreate() throws SQLException {
        readsButDoesNotCreate();
    }

    @Test
    @TestSecurity(user = "needling-rooms", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void practitionerReadsButDoesNotCreate() throws SQLException {
        readsButDoesNotCreate();
    }

    @Test
    @TestSecurity(user = "ehr-sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void integratorReadsButDoesNotCreate() throws SQLException {
        readsButDoesNotCreate();
    }

    /** Patients book a practitioner at a location; which room is the clinic's business. */
    @Test
    @TestSecurity(user = "patient-rooms", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC),
            @Claim(key = "patient_id", value = "00000000-0000-0000-0000-000000000001") })
    void patientNeitherReadsNorCreates() throws SQLException {
        UUID location = insertLocation(CLINIC);
        UUID room = insertRoom(CLINIC, location, "Room 1");
        given().when().get(rooms(location)).then().statusCode(403).contentType(PROBLEM);
        given().when().get(rooms(location) + "/" + room).then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("name", "Mine"))
                .when().post(rooms(location)).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "stranger", roles = "offline_access")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void tokenWithoutAClinicRoleMayNotEvenRead() throws SQLException {
        UUID location = insertLocation(CLINIC);
        given().when().get(rooms(location)).then().statusCode(403).contentType(PROBLEM);
    }

    private void readsButDoesNotCreate() throws SQLException {
        UUID location = insertLocation(CLINIC);
        UUID room = insertRoom(CLINIC, location, "Room 1");
        given().when().get(rooms(location)).then().statusCode(200).body("items.id", equalTo(List.of(room.toString())));
        given().when().get(rooms(location) + "/" + room)
                .then().statusCode(200).header("ETag", "\"0\"").body("name", equalTo("Room 1"));
        given().when().get(rooms(location) + "/" + UUID.randomUUID()).then().statusCode(404);
        given().when().get(rooms(UUID.randomUUID())).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("name", "Not mine"))
                .when().post(rooms(location))
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/forbidden"));
        given().when().get(rooms(location)).then().body("items.name", equalTo(List.of("Room 1")));
    }

    UUID insertLocation(String clinic) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into location (id, clinic_id, version, created_at, updated_at, name)
                        values (?, ?, 0, now(), now(), ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, clinic);
            insert.setString(3, unique("Location"));
            insert.executeUpdate();
        }
        return id;
    }

    UUID insertRoom(String clinic, UUID location, String name) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into room (id, clinic_id, version, created_at, updated_at, location_id, name)
                        values (?, ?, 0, now(), now(), ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, clinic);
            insert.setObject(3, location);
            insert.setString(4, name);
            insert.executeUpdate();
        }
        return id;
    }
}
