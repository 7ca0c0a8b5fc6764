package dev.clinic.patient.rest;

import static dev.clinic.patient.rest.ClinicalFixtures.PROBLEM;
import static dev.clinic.patient.rest.ClinicalFixtures.PROBLEMS;
import static dev.clinic.patient.rest.ClinicalFixtures.clear;
import static dev.clinic.patient.rest.ClinicalFixtures.consent;
import static dev.clinic.patient.rest.ClinicalFixtures.eligibility;
import static dev.clinic.patient.rest.ClinicalFixtures.patient;
import static dev.clinic.patient.rest.ClinicalFixtures.postConsent;
import static dev.clinic.patient.rest.ClinicalFixtures.putScreening;
import static dev.clinic.patient.rest.ClinicalFixtures.screening;
import static dev.clinic.patient.rest.ClinicalFixtures.today;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
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

/** GET /patients/{id}/eligibility: the decision end to end, and what each role is told. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EligibilityResourceTest {

    static final String CLINIC = "eligibility-clinic";
    static final UUID ANTICOAGULATED = UUID.fromString("e1000000-0000-0000-0000-000000000001");
    static final UUID PREGNANT = UUID.fromString("e1000000-0000-0000-0000-000000000002");
    static final UUID CHILD = UUID.fromString("e1000000-0000-0000-0000-000000000003");
    static final String PREGNANT_CLAIM = "e1000000-0000-0000-0000-000000000002";

    static String needlingConsent;

    @Inject
    DataSource dataSource;

    @Test
    @Order(1)
    @TestSecurity(user = "needling-4", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void dryNeedlingNeedsAScreeningClearancesAndConsent() {
        TestPatients.insert(dataSource, CLINIC, ANTICOAGULATED, "Anticoagulated", ClinicalFixtures.ADULT);
        LocalDate today = today();

        eligibility(ANTICOAGULATED, "DRY_NEEDLING", null).then().statusCode(200)
                .body("patientId", equalTo(ANTICOAGULATED.toString()))
                .body("modality", equalTo("DRY_NEEDLING"))
                .body("date", equalTo(today.toString()))
                .body("eligible", equalTo(false))
                .body("blockers", contains("NOT_SCREENED", "CONSENT_REQUIRED"))
                .body("warnings", empty());

        putScreening(ANTICOAGULATED, screening("anticoagulants", "YES")).then().statusCode(201);
        eligibility(ANTICOAGULATED, "DRY_NEEDLING", null).then()
                .body("blockers", contains("ANTICOAGULANTS", "CONSENT_REQUIRED"));

        needlingConsent = postConsent(ANTICOAGULATED, consent("DRY_NEEDLING_INFORMED", "signedAt",
                "2026-01-10T09:00:00Z")).then().statusCode(201).extract().path("id");
        eligibility(ANTICOAGULATED, "DRY_NEEDLING", null).then().body("blockers", contains("ANTICOAGULANTS"));
        // the consent counts from the day it was signed
        eligibility(ANTICOAGULATED, "DRY_NEEDLING", LocalDate.of(2026, 1, 9)).then()
                .body("blockers", contains("ANTICOAGULANTS", "CONSENT_REQUIRED"));

        clear(ANTICOAGULATED, "ANTICOAGULANTS", Map.of("clearedOn", today.minusDays(1).toString(),
                "validUntil", today.plusDays(10).toString())).then().statusCode(201);
        eligibility(ANTICOAGULATED, "DRY_NEEDLING", null).then()
                .body("eligible", equalTo(true))
                .body("blockers", empty());
        // the clearance's first and last days count, the days around them do not
        eligibility(ANTICOAGULATED, "DRY_NEEDLING", today.minusDays(1)).then().body("eligible", equalTo(true));
        eligibility(ANTICOAGULATED, "DRY_NEEDLING", today.minusDays(2)).then()
                .body("blockers", contains("ANTICOAGULANTS"));
        eligibility(ANTICOAGULATED, "DRY_NEEDLING", today.plusDays(10)).then().body("eligible", equalTo(true));
        eligibility(ANTICOAGULATED, "DRY_NEEDLING", today.plusDays(11)).then()
                .body("eligible", equalTo(false))
                .body("blockers", contains("ANTICOAGULANTS"));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "needling-4", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void massageIsNeverBlockedButWarned() {
        eligibility(ANTICOAGULATED, "MASSAGE", null).then().statusCode(200)
                .body("eligible", equalTo(true))
                .body("blockers", empty())
                .body("warnings", contains("ANTICOAGULANTS", "CONSENT_REQUIRED"));
        postConsent(ANTICOAGULATED, consent("MASSAGE")).then().statusCode(201);
        eligibility(ANTICOAGULATED, "MASSAGE", null).then().body("warnings", contains("ANTICOAGULANTS"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "needling-4", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void aRevokedConsentNoLongerCounts() {
        given().when().post(patient(ANTICOAGULATED) + "/consents/" + needlingConsent + "/revoke")
                .then().statusCode(200);
        eligibility(ANTICOAGULATED, "DRY_NEEDLING", null).then()
                .body("eligible", equalTo(false))
                .body("blockers", contains("CONSENT_REQUIRED"));
        // revoked today: it still counted yesterday
        eligibility(ANTICOAGULATED, "DRY_NEEDLING", today().minusDays(1)).then().body("eligible", equalTo(true));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "needling-4", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void theTwelfthBirthdayIsEligible() {
        TestPatients.insert(dataSource, CLINIC, CHILD, "Child", LocalDate.of(2014, 3, 4));
        putScreening(CHILD, screening()).then().statusCode(201);
        postConsent(CHILD, consent("DRY_NEEDLING_INFORMED", "signedAt", "2026-01-01T12:00:00Z",
                "signedBy", "Parent of Child")).then().statusCode(201);
        eligibility(CHILD, "DRY_NEEDLING", LocalDate.of(2026, 3, 3)).then()
                .body("eligible", equalTo(false))
                .body("blockers", contains("AGE_UNDER_12"));
        eligibility(CHILD, "DRY_NEEDLING", LocalDate.of(2026, 3, 4)).then().body("eligible", equalTo(true));
        eligibility(CHILD, "DRY_NEEDLING", LocalDate.of(2026, 3, 5)).then().body("eligible", equalTo(true));
        // no age limit for massage
        eligibility(CHILD, "MASSAGE", LocalDate.of(2026, 3, 3)).then().body("warnings", contains("CONSENT_REQUIRED"));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "needling-4", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void practitionersSeeTheClinicalCodes() {
        TestPatients.insert(dataSource, CLINIC, PREGNANT, "Pregnant", ClinicalFixtures.ADULT);
        putScreening(PREGNANT, screening("pregnant", "YES", "immunocompromised", "UNKNOWN")).then().statusCode(201);
        eligibility(PREGNANT, "DRY_NEEDLING", null).then().statusCode(200)
                .body("blockers", contains("PREGNANCY", "UNKNOWN_ANSWER", "CONSENT_REQUIRED"));
        eligibility(PREGNANT, "MASSAGE", null).then().statusCode(200)
                .body("warnings", contains("PREGNANCY", "CONSENT_REQUIRED"));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "frontdesk-4", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void frontDeskSeesOnlyGenericCodes() {
        eligibility(PREGNANT, "DRY_NEEDLING", null).then().statusCode(200)
                .body("eligible", equalTo(false))
                .body("blockers", contains("CLINICAL_REVIEW_REQUIRED", "CONSENT_REQUIRED"));
        eligibility(PREGNANT, "MASSAGE", null).then().statusCode(200)
                .body("eligible", equalTo(true))
                .body("warnings", contains("CLINICAL_REVIEW_REQUIRED", "CONSENT_REQUIRED"));
        eligibility(CHILD, "DRY_NEEDLING", LocalDate.of(2026, 3, 3)).then()
                .body("blockers", contains("CLINICAL_REVIEW_REQUIRED"));
    }

    @Test
    @Order(7)
    @TestSecurity(user = "patient-pregnant", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "patient_id", value = PREGNANT_CLAIM) })
    void aPatientSeesGenericCodesAboutThemselvesOnly() {
        eligibility(PREGNANT, "DRY_NEEDLING", null).then().statusCode(200)
                .body("blockers", contains("CLINICAL_REVIEW_REQUIRED", "CONSENT_REQUIRED"));
        eligibility(ANTICOAGULATED, "DRY_NEEDLING", null).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @Order(8)
    @TestSecurity(user = "sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void integratorSeesTheClinicalCodes() {
        eligibility(PREGNANT, "DRY_NEEDLING", null).then().statusCode(200)
                .body("blockers", contains("PREGNANCY", "UNKNOWN_ANSWER", "CONSENT_REQUIRED"));
    }

    @Test
    @Order(9)
    @TestSecurity(user = "admin-4", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void adminSeesTheClinicalCodes() {
        eligibility(PREGNANT, "DRY_NEEDLING", null).then().statusCode(200)
                .body("blockers", contains("PREGNANCY", "UNKNOWN_ANSWER", "CONSENT_REQUIRED"));
    }

    @Test
    @Order(10)
    @TestSecurity(user = "needling-4", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void badQueriesAre400AndUnknownPatients404() {
        given().when().get(patient(PREGNANT) + "/eligibility").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("modality"));
        eligibility(PREGNANT, "ACUPUNCTURE", null).then().statusCode(400)
                .body("errors[0].field", equalTo("modality"))
                .body("errors[0].message", equalTo("must be one of: DRY_NEEDLING, MASSAGE"));
        given().queryParam("modality", "MASSAGE").queryParam("date", "2026-02-30")
                .when().get(patient(PREGNANT) + "/eligibility").then().statusCode(400)
                .body("errors[0].field", equalTo("date"));
        UUID unknown = UUID.randomUUID();
        eligibility(unknown, "MASSAGE", null).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "not-found"))
                .body("detail", equalTo("Patient " + unknown + " was not found"));
    }

    @Test
    @Order(11)
    void anonymousCallersAre401() {
        eligibility(PREGNANT, "MASSAGE", null).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    @Order(12)
    @TestSecurity(user = "stray", roles = "front-desk")
    void aTokenWithoutClinicIs403() {
        eligibility(PREGNANT, "MASSAGE", null).then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "forbidden"));
    }

    @Test
    @Order(13)
    @TestSecurity(user = "auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void aRoleWithoutAccessIs403() {
        eligibility(PREGNANT, "MASSAGE", null).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @Order(14)
    @TestSecurity(user = "frontdesk-other", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "eligibility-other-clinic"))
    void anotherClinicsPatientIsNotFound() {
        eligibility(PREGNANT, "DRY_NEEDLING", null).then().statusCode(404);
    }
}
