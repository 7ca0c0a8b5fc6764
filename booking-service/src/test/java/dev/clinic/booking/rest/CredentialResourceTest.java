package dev.clinic.booking.rest;

import static dev.clinic.booking.rest.PractitionerFixtures.PRACTITIONERS;
import static dev.clinic.booking.rest.PractitionerFixtures.PROBLEM;
import static dev.clinic.booking.rest.PractitionerFixtures.create;
import static dev.clinic.booking.rest.PractitionerFixtures.insertPractitioner;
import static dev.clinic.booking.rest.PractitionerFixtures.practitioner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
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
class CredentialResourceTest {

    /** No clinic settings: minimums follow the credential's own jurisdiction. */
    static final String CLINIC = "credentials-b";
    /** Clinic settings say US-FL: Florida's minimum applies whatever the credential's jurisdiction. */
    static final String FLORIDA_CLINIC = "credentials-fl-b";

    @Inject
    DataSource dataSource;

    static Map<String, Object> certificate(String jurisdiction, Integer hours) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "DRY_NEEDLING_CERT");
        body.put("jurisdiction", jurisdiction);
        body.put("number", "DN-" + UUID.randomUUID().toString().substring(0, 6));
        body.put("issuer", "Myopain Seminars");
        body.put("issuedOn", "2024-01-15");
        body.put("expiresOn", "2027-01-14");
        body.put("trainingHours", hours);
        return body;
    }

    static String credentials(String practitionerId) {
        return PRACTITIONERS + "/" + practitionerId + "/credentials";
    }

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void adminAddsAndReadsCredentials() {
        String id = create(practitioner("Credentialed"));
        Response created = given().contentType(ContentType.JSON).body(certificate("US-FL", 60))
                .when().post(credentials(id))
                .then().statusCode(201)
                .body("practitionerId", equalTo(id))
                .body("type", equalTo("DRY_NEEDLING_CERT"))
                .body("issuedOn", equalTo("2024-01-15"))
                .body("expiresOn", equalTo("2027-01-14"))
                .body("trainingHours", equalTo(60))
                .extract().response();
        String credentialId = created.path("id");
        assertThat(created.header("Location")).isEqualTo(credentials(id) + "/" + credentialId);
        given().when().get(credentials(id) + "/" + credentialId)
                .then().statusCode(200).header("ETag", "\"0\"").body("number", equalTo(created.path("number")));
        given().when().get(credentials(id)).then().statusCode(200).body("items.id", equalTo(List.of(credentialId)));

        Map<String, Object> licence = new HashMap<>(Map.of("type", "PT_LICENSE", "jurisdiction", "US-FL",
                "number", "PT12345", "issuedOn", "2015-06-01"));
        given().contentType(ContentType.JSON).body(licence)
                .when().post(credentials(id))
                .then().statusCode(201)
                .body("expiresOn", equalTo(null))
                .body("trainingHours", equalTo(null));

        // a credential of another practitioner is not found under this one
        String other = create(practitioner("Other"));
        given().when().get(credentials(other) + "/" + credentialId).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void aDryNeedlingCertificateBelowTheJurisdictionMinimumIsRefusedWithTheReason() {
        String id = create(practitioner("Undertrained"));
        given().contentType(ContentType.JSON).body(certificate("US-FL", 30))
                .when().post(credentials(id))
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("trainingHours")))
                .body("errors[0].message", equalTo("US-FL requires at least 50 hours of face-to-face dry-needling "
                        + "training (Florida Statutes 486.117); 30 given"));
        Map<String, Object> noHours = certificate("US-FL", null);
        given().contentType(ContentType.JSON).body(noHours)
                .when().post(credentials(id))
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("trainingHours")));
        // exactly the minimum is enough; a jurisdiction without a minimum accepts any hours
        given().contentType(ContentType.JSON).body(certificate("US-FL", 50)).when().post(credentials(id))
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(certificate("GB", 10)).when().post(credentials(id))
                .then().statusCode(201);
        given().when().get(credentials(id)).then().body("items.size()", equalTo(2));
    }

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = FLORIDA_CLINIC))
    void theClinicsJurisdictionSelectsTheMinimum() throws SQLException {
        try (Connection c = dataSource.getConnection(); var insert = c.prepareStatement("""
                insert into clinic_settings (id, clinic_id, version, created_at, updated_at, name, time_zone,
                                             jurisdiction)
                values (?, ?, 0, now(), now(), 'Florida clinic', 'America/New_York', 'US-FL')
                on conflict (clinic_id) do nothing""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, FLORIDA_CLINIC);
            insert.executeUpdate();
        }
        String id = create(practitioner("Imported"));
        given().contentType(ContentType.JSON).body(certificate("GB", 20))
                .when().post(credentials(id))
                .then().statusCode(400)
                .body("errors[0].message", equalTo("US-FL requires at least 50 hours of face-to-face dry-needling "
                        + "training (Florida Statutes 486.117); 20 given"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void invalidCredentialsAreRefusedNamingTheField() {
        String id = create(practitioner("Invalid"));
        Map<String, Object> backwards = certificate("US-FL", 60);
        backwards.put("expiresOn", "2024-01-15");
        given().contentType(ContentType.JSON).body(backwards).when().post(credentials(id))
                .then().statusCode(400).body("errors.field", equalTo(List.of("expiresOn")))
                .body("errors[0].message", equalTo("must be after issuedOn"));
        Map<String, Object> bad = certificate("Florida", -1);
        bad.put("type", "BLACK_BELT");
        given().contentType(ContentType.JSON).body(bad).when().post(credentials(id))
                .then().statusCode(400).body("errors.field", equalTo(List.of("type")));
        bad.put("type", "OTHER");
        bad.remove("number");
        given().contentType(ContentType.JSON).body(bad).when().post(credentials(id))
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("jurisdiction", "number", "trainingHours")));
        given().contentType(ContentType.JSON).body(certificate("US-FL", 60))
                .when().post(credentials(UUID.randomUUID().toString()))
                .then().statusCode(404).contentType(PROBLEM);
        given().when().get(credentials(UUID.randomUUID().toString())).then().statusCode(404);
        given().when().get(credentials(id) + "/" + UUID.randomUUID()).then().statusCode(404);
        given().queryParam("limit", 500).when().get(credentials(id)).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void idempotentCreateIsBoundToThePractitioner() {
        String first = create(practitioner("First"));
        String second = create(practitioner("Second"));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = certificate("US-FL", 60);
        String credentialId = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(credentials(first)).then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(credentials(first))
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(credentialId));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(credentials(second))
                .then().statusCode(422).contentType(PROBLEM);
    }

    @Test
    void anonymousCallerGets401() {
        String id = UUID.randomUUID().toString();
        given().when().get(credentials(id)).then().statusCode(401).contentType(PROBLEM);
        given().when().get(credentials(id) + "/" + id).then().statusCode(401);
        given().contentType(ContentType.JSON).body(certificate("US-FL", 60)).when().post(credentials(id))
                .then().statusCode(401);
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
    void patientsDoNotSeeCredentials() throws SQLException {
        String id = insertPractitioner(dataSource, CLINIC, true, null).toString();
        given().when().get(credentials(id)).then().statusCode(403).contentType(PROBLEM);
        given().when().get(credentials(id) + "/" + UUID.randomUUID()).then().statusCode(403);
        given().contentType(ContentType.JSON).body(certificate("US-FL", 60)).when().post(credentials(id))
                .then().statusCode(403);
    }

    private void readsButDoesNotAdd() throws SQLException {
        String id = insertPractitioner(dataSource, CLINIC, true, null).toString();
        UUID credentialId = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); var insert = c.prepareStatement("""
                insert into credential (id, clinic_id, version, created_at, updated_at, practitioner_id, type,
                                        jurisdiction, number, issued_on)
                values (?, ?, 0, now(), now(), ?, 'PT_LICENSE', 'US-FL', 'PT1', date '2020-01-01')""")) {
            insert.setObject(1, credentialId);
            insert.setString(2, CLINIC);
            insert.setObject(3, UUID.fromString(id));
            insert.executeUpdate();
        }
        given().when().get(credentials(id)).then().statusCode(200).body("items.id", hasItem(credentialId.toString()));
        given().when().get(credentials(id) + "/" + credentialId).then().statusCode(200);
        given().contentType(ContentType.JSON).body(certificate("US-FL", 60)).when().post(credentials(id))
                .then().statusCode(403).contentType(PROBLEM);
    }
}
