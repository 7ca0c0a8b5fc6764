package dev.clinic.patient.rest;

import static dev.clinic.patient.rest.ClinicalFixtures.PROBLEM;
import static dev.clinic.patient.rest.ClinicalFixtures.PROBLEMS;
import static dev.clinic.patient.rest.ClinicalFixtures.patient;
import static dev.clinic.patient.rest.ClinicalFixtures.putScreening;
import static dev.clinic.patient.rest.ClinicalFixtures.screening;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.clinic.patient.TestPatients;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** PUT/GET /patients/{id}/screening, per role and per status code. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreeningResourceTest {

    static final String CLINIC = "screening-clinic";
    static final UUID SCREENED = UUID.fromString("5c000000-0000-0000-0000-000000000001");
    static final UUID UNSCREENED = UUID.fromString("5c000000-0000-0000-0000-000000000002");
    static final UUID ARCHIVED = UUID.fromString("5c000000-0000-0000-0000-000000000003");
    static final UUID CHILD = UUID.fromString("5c000000-0000-0000-0000-000000000004");

    @Inject
    DataSource dataSource;

    void patients() {
        TestPatients.insert(dataSource, CLINIC, SCREENED, "Screened", ClinicalFixtures.ADULT);
        TestPatients.insert(dataSource, CLINIC, UNSCREENED, "Unscreened", ClinicalFixtures.ADULT);
        TestPatients.insert(dataSource, CLINIC, ARCHIVED, "Archived", ClinicalFixtures.ADULT);
        TestPatients.insert(dataSource, CLINIC, CHILD, "Child", ClinicalFixtures.today().minusYears(12).plusDays(1));
    }

    @Test
    @Order(1)
    @TestSecurity(user = "needling-1", roles = "practitioner")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "name", value = "Dana Whitfield") })
    void practitionerRecordsTheFirstScreening() {
        patients();
        Response created = putScreening(SCREENED, screening("anticoagulants", "YES", "recentSurgery", "YES",
                "recentSurgeryDate", "2026-01-20", "notes", "Warfarin since 2024"))
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", patient(SCREENED) + "/screening")
                .body("patientId", equalTo(SCREENED.toString()))
                .body("anticoagulants", equalTo("YES"))
                .body("recentSurgeryDate", equalTo("2026-01-20"))
                .body("preventiveMedications", contains("propranolol 40 mg"))
                .body("screenedBy.subject", equalTo("needling-1"))
                .body("screenedBy.name", equalTo("Dana Whitfield"))
                .body("screenedAt", notNullValue())
                .body("contraindicationsOn", equalTo(ClinicalFixtures.today().toString()))
                .body("contraindications.code", contains("ANTICOAGULANTS", "RECENT_SURGERY"))
                .body("contraindications[0].source", equalTo("SCREENING"))
                .body("contraindications[0].raisedBy", contains("anticoagulants"))
                .body("contraindications[0].dryNeedling", equalTo("BLOCKS_UNTIL_CLEARED"))
                .body("contraindications[0].massage", equalTo("WARNING"))
                .body("contraindications[0].cleared", equalTo(false))
                .body("contraindications[0].clearance", nullValue())
                .extract().response();
        assertThat(created.<Integer>path("version")).isZero();

        given().when().get(patient(SCREENED) + "/screening")
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("notes", equalTo("Warfarin since 2024"))
                .body("contraindications.code", contains("ANTICOAGULANTS", "RECENT_SURGERY"));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "needling-1", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void replaceHonoursIfMatchAndKeepsEveryVersion() {
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(screening("needlePhobia", "SEVERE", "pregnant", "UNKNOWN"))
                .when().put(patient(SCREENED) + "/screening")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("anticoagulants", equalTo("NO"))
                .body("recentSurgeryDate", nullValue())
                .body("notes", nullValue())
                .body("contraindications.code", contains("SEVERE_NEEDLE_PHOBIA", "UNKNOWN_ANSWER"))
                .body("contraindications[1].raisedBy", contains("pregnant"))
                .body("contraindications[1].dryNeedling", equalTo("BLOCKS_UNTIL_ANSWERED"));

        // a second writer still holding version 0 must not overwrite the first one's answers
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(screening())
                .when().put(patient(SCREENED) + "/screening")
                .then().statusCode(412)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "precondition-failed"));
        given().when().get(patient(SCREENED) + "/screening").then().body("needlePhobia", equalTo("SEVERE"));

        // the database keeps every version, the replaced one included
        assertThat(ClinicalFixtures.count(dataSource,
                "select count(*) from screening_revision where patient_id = ?", SCREENED)).isEqualTo(2);
        assertThat(ClinicalFixtures.count(dataSource,
                "select count(*) from screening_revision where patient_id = ? and anticoagulants = 'YES'", SCREENED))
                .isEqualTo(1);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "needling-1", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void whatWasReadCanBeSentBack() {
        Map<String, Object> read = given().when().get(patient(SCREENED) + "/screening")
                .then().statusCode(200).extract().as(Map.class);
        putScreening(SCREENED, read).then().statusCode(200)
                .body("needlePhobia", equalTo("SEVERE"))
                .body("version", equalTo(2));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "admin-1", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void adminMayScreenToo() {
        patients();
        putScreening(CHILD, screening()).then().statusCode(201)
                // the child turns 12 tomorrow: today is still too early
                .body("contraindications.code", contains("AGE_UNDER_12"))
                .body("contraindications[0].source", equalTo("BIRTH_DATE"))
                .body("contraindications[0].raisedBy", contains("birthDate"))
                .body("contraindications[0].dryNeedling", equalTo("ABSOLUTE"))
                .body("contraindications[0].massage", equalTo("NONE"));
        given().when().get(patient(CHILD) + "/screening").then().statusCode(200);
    }

    @Test
    @Order(5)
    @TestSecurity(user = "needling-1", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void unscreenedUnknownAndArchivedPatients() {
        patients();
        given().when().get(patient(UNSCREENED) + "/screening")
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "not-screened"))
                .body("detail", equalTo("Patient " + UNSCREENED + " has not been screened yet; PUT the first screening"));
        // If-Match names a version of a screening that does not exist
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(screening())
                .when().put(patient(UNSCREENED) + "/screening")
                .then().statusCode(412).contentType(PROBLEM);

        UUID unknown = UUID.randomUUID();
        given().when().get(patient(unknown) + "/screening")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "not-found"));
        putScreening(unknown, screening()).then().statusCode(404).contentType(PROBLEM);

        ClinicalFixtures.archive(dataSource, ARCHIVED);
        putScreening(ARCHIVED, screening()).then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "patient-archived"))
                .body("patientId", equalTo(ARCHIVED.toString()));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "needling-1", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void invalidAnswersAre400NamingTheField() {
        Map<String, Object> missing = new HashMap<>(screening());
        missing.remove("pregnant");
        putScreening(UNSCREENED, missing).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("pregnant"));
        putScreening(UNSCREENED, screening("pregnant", "MAYBE")).then().statusCode(400)
                .body("errors[0].field", equalTo("pregnant"))
                .body("errors[0].message", equalTo("must be one of: YES, NO, UNKNOWN"));
        putScreening(UNSCREENED, screening("needlePhobia", "UNKNOWN")).then().statusCode(400)
                .body("errors[0].field", equalTo("needlePhobia"));
        putScreening(UNSCREENED, screening("recentSurgeryDate", "2026-01-01")).then().statusCode(400)
                .body("errors[0].field", equalTo("recentSurgeryDate"))
                .body("errors[0].message", equalTo("may only be given when recentSurgery is YES"));
        putScreening(UNSCREENED, screening("recentSurgery", "YES", "recentSurgeryDate",
                ClinicalFixtures.today().plusDays(3).toString())).then().statusCode(400)
                .body("errors[0].message", equalTo("must not be in the future"));
        putScreening(UNSCREENED, screening("activeSkinInfectionSite", "left forearm")).then().statusCode(400)
                .body("errors[0].field", equalTo("activeSkinInfectionSite"));
        putScreening(UNSCREENED, screening("preventiveMedications", List.of(" "))).then().statusCode(400)
                .body("errors[0].field", equalTo("preventiveMedications[0]"));
        putScreening(UNSCREENED, screening("allergies", "none")).then().statusCode(400)
                .body("errors.field", hasItem("allergies"));
        given().contentType(ContentType.JSON).body("{\"pregnant\": ").when().put(patient(UNSCREENED) + "/screening")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "malformed-json"));
        // nothing of the above was stored
        given().when().get(patient(UNSCREENED) + "/screening").then().statusCode(404);

        // a YES with its details is fine
        putScreening(UNSCREENED, screening("activeSkinInfection", "YES", "activeSkinInfectionSite", "left forearm",
                "preventiveMedications", List.of())).then().statusCode(201)
                .body("activeSkinInfectionSite", equalTo("left forearm"))
                .body("preventiveMedications", empty());
    }

    @Test
    @Order(7)
    @TestSecurity(user = "sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void integratorReadsButDoesNotWrite() {
        given().when().get(patient(SCREENED) + "/screening").then().statusCode(200);
        putScreening(SCREENED, screening()).then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "forbidden"));
    }

    @Test
    @Order(8)
    @TestSecurity(user = "frontdesk-1", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void frontDeskHasNoAccess() {
        given().when().get(patient(SCREENED) + "/screening").then().statusCode(403).contentType(PROBLEM);
        putScreening(SCREENED, screening()).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @Order(9)
    @TestSecurity(user = "patient-1", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC),
            @Claim(key = "patient_id", value = "5c000000-0000-0000-0000-000000000001") })
    void aPatientCannotReadOrWriteEvenTheirOwnScreening() {
        given().when().get(patient(SCREENED) + "/screening").then().statusCode(403).contentType(PROBLEM);
        putScreening(SCREENED, screening()).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @Order(10)
    void anonymousCallersAre401() {
        given().when().get(patient(SCREENED) + "/screening").then().statusCode(401).contentType(PROBLEM);
        putScreening(SCREENED, screening()).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    @Order(11)
    @TestSecurity(user = "needling-other", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "screening-other-clinic"))
    void anotherClinicsPatientIsNotFound() {
        given().when().get(patient(SCREENED) + "/screening").then().statusCode(404)
                .body("detail", equalTo("Patient " + SCREENED + " was not found"));
        putScreening(SCREENED, screening()).then().statusCode(404);
    }

    @Test
    @Order(12)
    @TestSecurity(user = "needling-1", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void theOtherClinicChangedNothing() {
        given().when().get(patient(SCREENED) + "/screening").then().statusCode(200)
                .body("version", equalTo(2))
                .body("screenedBy.subject", equalTo("needling-1"));
    }
}
