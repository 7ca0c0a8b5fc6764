package dev.clinic.patient.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.clinic.patient.TestPatients;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/** Every patient operation, for every role: allowed is 2xx, not allowed is 403, another patient's record is 404. */
@QuarkusTest
class PatientRolesTest {

    static final String CLINIC = "roles-clinic";
    static final String OWN = "7a1c2e5e-8f43-4d2b-9a51-3c0d6b1e0001";
    static final String OTHER = "7a1c2e5e-8f43-4d2b-9a51-3c0d6b1e0002";
    static final String PATIENTS = PatientResourceTest.PATIENTS;
    static final String PROBLEM = PatientResourceTest.PROBLEM;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void patientsExist() {
        TestPatients.insert(dataSource, CLINIC, UUID.fromString(OWN), "Own", LocalDate.of(1990, 5, 1));
        TestPatients.insert(dataSource, CLINIC, UUID.fromString(OTHER), "Other", LocalDate.of(1985, 2, 3));
    }

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void clinicAdminMayDoEverything() {
        staffManagesAPatient();
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void frontDeskMayDoEverything() {
        staffManagesAPatient();
    }

    private static void staffManagesAPatient() {
        String id = PatientResourceTest.create(PatientResourceTest.patient("Staff"));
        given().when().get(PATIENTS).then().statusCode(200).body("items.id", hasItem(id));
        given().when().get(PATIENTS + "?q=staff").then().statusCode(200).body("items.id", hasItem(id));
        given().when().get(PATIENTS + "/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).body(PatientResourceTest.patient("Staffer"))
                .when().put(PATIENTS + "/" + id).then().statusCode(200).body("familyName", equalTo("Staffer"));
        given().when().post(PATIENTS + "/" + id + "/archive").then().statusCode(200).body("archivedAt", notNullValue());
        given().when().post(PATIENTS + "/" + id + "/unarchive").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "needling", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void practitionerReadsOnly() {
        readsButMayNotWrite();
    }

    @Test
    @TestSecurity(user = "ehr-sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void integratorReadsOnly() {
        readsButMayNotWrite();
    }

    private static void readsButMayNotWrite() {
        given().when().get(PATIENTS).then().statusCode(200).body("items.id", hasItem(OTHER));
        given().when().get(PATIENTS + "?q=other").then().statusCode(200).body("items.id", hasItem(OTHER));
        given().when().get(PATIENTS + "/" + OTHER).then().statusCode(200).body("familyName", equalTo("Other"));
        forbidden(given().contentType(ContentType.JSON).body(PatientResourceTest.patient("Nope")).when().post(PATIENTS)
                .then());
        forbidden(given().contentType(ContentType.JSON).body(PatientResourceTest.patient("Nope"))
                .when().put(PATIENTS + "/" + OTHER).then());
        forbidden(given().when().post(PATIENTS + "/" + OTHER + "/archive").then());
        forbidden(given().when().post(PATIENTS + "/" + OTHER + "/unarchive").then());
        given().when().get(PATIENTS + "/" + OTHER)
                .then().body("familyName", equalTo("Other")).body("version", equalTo(0));
    }

    @Test
    @TestSecurity(user = "patient", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "patient_id", value = OWN) })
    void patientReadsAndCorrectsOnlyTheirOwnRecord() {
        given().when().get(PATIENTS + "/" + OWN).then().statusCode(200).body("id", equalTo(OWN));
        given().contentType(ContentType.JSON).body(PatientResourceTest.patient("Own"))
                .when().put(PATIENTS + "/" + OWN)
                .then().statusCode(200)
                .body("givenName", equalTo("Maria"))
                .body("email", equalTo("maria@example.com"));

        // Another patient's record does not exist, as far as a patient can tell.
        given().when().get(PATIENTS + "/" + OTHER).then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(PatientResourceTest.patient("Hijack"))
                .when().put(PATIENTS + "/" + OTHER).then().statusCode(404).contentType(PROBLEM);

        forbidden(given().when().get(PATIENTS).then());
        forbidden(given().contentType(ContentType.JSON).body(PatientResourceTest.patient("Self")).when().post(PATIENTS)
                .then());
        forbidden(given().when().post(PATIENTS + "/" + OWN + "/archive").then());
        forbidden(given().when().post(PATIENTS + "/" + OWN + "/unarchive").then());
        forbidden(given().when().post(PATIENTS + "/" + OTHER + "/archive").then());
    }

    @Test
    void anonymousCallerGets401OnEveryOperation() {
        String id = OTHER;
        unauthorized(given().when().get(PATIENTS).then());
        unauthorized(given().when().get(PATIENTS + "/" + id).then());
        unauthorized(given().contentType(ContentType.JSON).body(PatientResourceTest.patient("Anon"))
                .when().post(PATIENTS).then());
        unauthorized(given().contentType(ContentType.JSON).body(PatientResourceTest.patient("Anon"))
                .when().put(PATIENTS + "/" + id).then());
        unauthorized(given().when().post(PATIENTS + "/" + id + "/archive").then());
        unauthorized(given().when().post(PATIENTS + "/" + id + "/unarchive").then());
    }

    private static void forbidden(io.restassured.response.ValidatableResponse response) {
        response.statusCode(403).contentType(PROBLEM).body("type", equalTo("https://clinic.dev/problems/forbidden"));
    }

    private static void unauthorized(io.restassured.response.ValidatableResponse response) {
        response.statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer");
    }
}
