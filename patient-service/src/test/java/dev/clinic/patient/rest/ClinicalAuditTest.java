package dev.clinic.patient.rest;

import static dev.clinic.patient.rest.ClinicalFixtures.clear;
import static dev.clinic.patient.rest.ClinicalFixtures.consent;
import static dev.clinic.patient.rest.ClinicalFixtures.eligibility;
import static dev.clinic.patient.rest.ClinicalFixtures.patient;
import static dev.clinic.patient.rest.ClinicalFixtures.postConsent;
import static dev.clinic.patient.rest.ClinicalFixtures.putScreening;
import static dev.clinic.patient.rest.ClinicalFixtures.screening;
import static dev.clinic.patient.rest.ClinicalFixtures.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.clinic.patient.TestPatients;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/** Every read and change of screening, contraindications, clearances, consents and eligibility leaves an audit row. */
@QuarkusTest
class ClinicalAuditTest {

    static final String CLINIC = "clinical-audit-clinic";
    static final UUID PATIENT = UUID.fromString("a0d10000-0000-0000-0000-000000000001");

    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "needling-audit", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void everyUseCaseIsAudited() {
        TestPatients.insert(dataSource, CLINIC, PATIENT, "Audited", ClinicalFixtures.ADULT);
        String screeningId = putScreening(PATIENT, screening("pregnant", "YES")).then().statusCode(201)
                .extract().path("id");
        given().when().get(patient(PATIENT) + "/screening").then().statusCode(200);
        given().when().get(patient(PATIENT) + "/contraindications").then().statusCode(200);
        String clearanceId = clear(PATIENT, "PREGNANCY", Map.of("clearedOn", today().toString())).then()
                .statusCode(201).extract().path("id");
        given().when().get(patient(PATIENT) + "/contraindications/PREGNANCY/clearance").then().statusCode(200);
        putScreening(PATIENT, screening()).then().statusCode(200);
        putScreening(PATIENT, screening("pregnant", "YES")).then().statusCode(200);
        String consentId = postConsent(PATIENT, consent("MASSAGE")).then().statusCode(201).extract().path("id");
        given().when().get(patient(PATIENT) + "/consents").then().statusCode(200);
        given().when().get(patient(PATIENT) + "/consents/" + consentId).then().statusCode(200);
        given().when().post(patient(PATIENT) + "/consents/" + consentId + "/revoke").then().statusCode(200);
        eligibility(PATIENT, "DRY_NEEDLING", null).then().statusCode(200);
        // refused calls change nothing and record nothing as done
        clear(PATIENT, "AGE_UNDER_12", Map.of("clearedOn", today().toString())).then().statusCode(409);

        String who = "|" + PATIENT + "|needling-audit|SUCCESS";
        assertThat(ClinicalFixtures.auditRows(dataSource, PATIENT)).containsExactlyInAnyOrder(
                "CREATE|SCREENING|" + screeningId + who,
                "READ|SCREENING|" + screeningId + who,
                "READ|CONTRAINDICATIONS|null" + who,
                "CREATE|CLEARANCE|" + clearanceId + who,
                "READ|CLEARANCE|" + clearanceId + who,
                "UPDATE|SCREENING|" + screeningId + who,
                "INVALIDATE|CLEARANCE|" + clearanceId + who,
                "UPDATE|SCREENING|" + screeningId + who,
                "CREATE|CONSENT|" + consentId + who,
                "LIST|CONSENT|null" + who,
                "READ|CONSENT|" + consentId + who,
                "REVOKE|CONSENT|" + consentId + who,
                "READ|ELIGIBILITY|null" + who);
    }
}
