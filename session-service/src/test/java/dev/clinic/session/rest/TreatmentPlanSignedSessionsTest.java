package dev.clinic.session.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/**
 * Progress counts the SIGNED sessions of the plan's patient and modality in the plan's period,
 * nothing else. Signing is not built yet, so the sessions are written straight into the table.
 */
@QuarkusTest
@TestSecurity(user = "needling-progress", roles = "practitioner")
@OidcSecurity(claims = @Claim(key = "clinic_id", value = "progress-clinic"))
class TreatmentPlanSignedSessionsTest {

    static final String PLANS = TreatmentPlanResourceTest.PLANS;
    static final String CLINIC = "progress-clinic";
    static final LocalDate START = LocalDate.parse("2026-03-02");
    static final LocalDate REVIEW = LocalDate.parse("2026-03-30");

    @Inject
    DataSource db;

    @Test
    void onlySignedSessionsOfThePlansModalityAndPeriodCount() throws SQLException {
        UUID patient = UUID.randomUUID();
        UUID needling = TreatmentPlanRows.plan(db, CLINIC, patient, "DRY_NEEDLING", START, REVIEW, "ACTIVE");
        UUID massage = TreatmentPlanRows.plan(db, CLINIC, patient, "MASSAGE", START, REVIEW, "ACTIVE");

        // counted for the needling plan: the first instant and the last microsecond of the period
        signed(patient, "DRY_NEEDLING", "2026-03-02T00:00:00Z");
        signed(patient, "DRY_NEEDLING", "2026-03-16T15:00:00Z");
        signed(patient, "DRY_NEEDLING", "2026-03-30T23:59:59.999999Z");
        // not counted: outside the period, a draft, another patient, another clinic
        signed(patient, "DRY_NEEDLING", "2026-03-01T23:59:59.999999Z");
        signed(patient, "DRY_NEEDLING", "2026-03-31T00:00:00Z");
        TreatmentPlanRows.session(db, CLINIC, patient, "DRY_NEEDLING", Instant.parse("2026-03-09T15:00:00Z"), "DRAFT");
        signed(UUID.randomUUID(), "DRY_NEEDLING", "2026-03-09T15:00:00Z");
        TreatmentPlanRows.session(db, "another-clinic", patient, "DRY_NEEDLING", Instant.parse("2026-03-09T15:00:00Z"),
                "SIGNED");
        // the massage plan's one session
        signed(patient, "MASSAGE", "2026-03-10T10:00:00Z");

        given().when().get(PLANS + "/" + needling)
                .then().statusCode(200)
                .body("progress.sessionsSigned", equalTo(3))
                .body("progress.sessionsRemaining", equalTo(1))
                .body("progress.nextReviewDue", equalTo("2026-03-30"));
        given().when().get(PLANS + "/" + massage)
                .then().statusCode(200)
                .body("progress.sessionsSigned", equalTo(1))
                .body("progress.sessionsRemaining", equalTo(3));

        // one page, every plan with its own count
        given().when().get(PLANS + "?patientId=" + patient)
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(needling.toString(), massage.toString())))
                .body("items.progress.sessionsSigned", equalTo(List.of(3, 1)))
                .body("items.progress.sessionsRemaining", equalTo(List.of(1, 3)));

        // two more signed sessions than planned leave none remaining, never a negative number
        signed(patient, "DRY_NEEDLING", "2026-03-20T15:00:00Z");
        signed(patient, "DRY_NEEDLING", "2026-03-23T15:00:00Z");
        given().when().get(PLANS + "/" + needling)
                .then().body("progress.sessionsSigned", equalTo(5)).body("progress.sessionsRemaining", equalTo(0));
    }

    @Test
    void aClosedPlanHasNoReviewDue() throws SQLException {
        UUID patient = UUID.randomUUID();
        UUID plan = TreatmentPlanRows.plan(db, CLINIC, patient, "MASSAGE", START, REVIEW, "DISCONTINUED");
        signed(patient, "MASSAGE", "2026-03-03T10:00:00Z");
        given().when().get(PLANS + "/" + plan)
                .then().statusCode(200)
                .body("progress.sessionsSigned", equalTo(1))
                .body("progress.nextReviewDue", equalTo(null));
    }

    private void signed(UUID patient, String modality, String startedAt) throws SQLException {
        TreatmentPlanRows.session(db, CLINIC, patient, modality, Instant.parse(startedAt), "SIGNED");
    }
}
