package dev.clinic.patient.rest;

import static dev.clinic.patient.rest.ClinicalFixtures.PROBLEM;
import static dev.clinic.patient.rest.ClinicalFixtures.PROBLEMS;
import static dev.clinic.patient.rest.ClinicalFixtures.clear;
import static dev.clinic.patient.rest.ClinicalFixtures.patient;
import static dev.clinic.patient.rest.ClinicalFixtures.putScreening;
import static dev.clinic.patient.rest.ClinicalFixtures.screening;
import static dev.clinic.patient.rest.ClinicalFixtures.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

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
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * GET /patients/{id}/contraindications and POST/GET …/{code}/clearance: derivation on a date,
 * clearances, the re-screening behaviour, per role and per status code.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContraindicationResourceTest {

    static final String CLINIC = "contraindication-clinic";
    static final UUID ANTICOAGULATED = UUID.fromString("c1000000-0000-0000-0000-000000000001");
    static final UUID CHILD = UUID.fromString("c1000000-0000-0000-0000-000000000002");
    static final UUID UNSCREENED = UUID.fromString("c1000000-0000-0000-0000-000000000003");
    static final UUID ARCHIVED = UUID.fromString("c1000000-0000-0000-0000-000000000004");
    static final LocalDate CHILD_BORN = LocalDate.of(2014, 3, 4);

    static String firstClearance;

    @Inject
    DataSource dataSource;

    void patients() {
        TestPatients.insert(dataSource, CLINIC, ANTICOAGULATED, "Anticoagulated", ClinicalFixtures.ADULT);
        TestPatients.insert(dataSource, CLINIC, CHILD, "Child", CHILD_BORN);
        TestPatients.insert(dataSource, CLINIC, UNSCREENED, "Unscreened", ClinicalFixtures.ADULT);
        TestPatients.insert(dataSource, CLINIC, ARCHIVED, "Archived", ClinicalFixtures.ADULT);
    }

    static Response contraindications(UUID patientId, String date) {
        var request = given();
        if (date != null) {
            request.queryParam("date", date);
        }
        return request.when().get(patient(patientId) + "/contraindications");
    }

    @Test
    @Order(1)
    @TestSecurity(user = "needling-2", roles = "practitioner")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "name", value = "Dana Whitfield") })
    void derivedOnTheDateAsked() {
        patients();
        putScreening(ANTICOAGULATED, screening("anticoagulants", "YES", "immunocompromised", "UNKNOWN"))
                .then().statusCode(201);
        contraindications(ANTICOAGULATED, null).then().statusCode(200)
                .body("patientId", equalTo(ANTICOAGULATED.toString()))
                .body("date", equalTo(today().toString()))
                .body("screened", equalTo(true))
                .body("screenedAt", notNullValue())
                .body("items.code", contains("ANTICOAGULANTS", "UNKNOWN_ANSWER"))
                .body("items[1].raisedBy", contains("immunocompromised"));

        putScreening(CHILD, screening()).then().statusCode(201);
        // the day before the 12th birthday, the birthday itself, the day after
        contraindications(CHILD, "2026-03-03").then().statusCode(200)
                .body("date", equalTo("2026-03-03"))
                .body("items.code", contains("AGE_UNDER_12"))
                .body("items[0].dryNeedling", equalTo("ABSOLUTE"))
                .body("items[0].cleared", equalTo(false));
        contraindications(CHILD, "2026-03-04").then().statusCode(200).body("items", empty());
        contraindications(CHILD, "2026-03-05").then().statusCode(200).body("items", empty());

        // never screened: only the birth date is judged, and the answer says so
        contraindications(UNSCREENED, "2026-03-04").then().statusCode(200)
                .body("screened", equalTo(false))
                .body("screenedAt", nullValue())
                .body("items", empty());
    }

    @Test
    @Order(2)
    @TestSecurity(user = "needling-2", roles = "practitioner")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "name", value = "Dana Whitfield") })
    void practitionerClearsAContraindication() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("clearedOn", today().minusDays(1).toString(),
                "validUntil", today().plusDays(30).toString(), "note", "INR stable at 2.3");
        Response created = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(patient(ANTICOAGULATED) + "/contraindications/ANTICOAGULANTS/clearance")
                .then().statusCode(201)
                .header("Location", patient(ANTICOAGULATED) + "/contraindications/ANTICOAGULANTS/clearance")
                .body("code", equalTo("ANTICOAGULANTS"))
                .body("patientId", equalTo(ANTICOAGULATED.toString()))
                // name and role default to the caller's
                .body("clearedBy.name", equalTo("Dana Whitfield"))
                .body("clearedBy.role", equalTo("practitioner"))
                .body("clearedOn", equalTo(today().minusDays(1).toString()))
                .body("validUntil", equalTo(today().plusDays(30).toString()))
                .body("note", equalTo("INR stable at 2.3"))
                .body("recordedBy", equalTo("needling-2"))
                .body("invalidatedAt", nullValue())
                .extract().response();
        firstClearance = created.path("id");

        // the same key and body: the first answer again, nothing new stored
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(patient(ANTICOAGULATED) + "/contraindications/ANTICOAGULANTS/clearance")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(firstClearance));
        assertThat(ClinicalFixtures.count(dataSource, "select count(*) from clearance where patient_id = ?",
                ANTICOAGULATED)).isEqualTo(1);
        // the same key, another body
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("clearedOn", today().toString()))
                .when().post(patient(ANTICOAGULATED) + "/contraindications/ANTICOAGULANTS/clearance")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "idempotency-key-reused"));

        given().when().get(patient(ANTICOAGULATED) + "/contraindications/ANTICOAGULANTS/clearance")
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(firstClearance));
        contraindications(ANTICOAGULATED, null).then()
                .body("items[0].cleared", equalTo(true))
                .body("items[0].clearance.id", equalTo(firstClearance));
        // after validUntil the clearance is shown, but no longer clears
        contraindications(ANTICOAGULATED, today().plusDays(31).toString()).then()
                .body("items[0].cleared", equalTo(false))
                .body("items[0].clearance.id", equalTo(firstClearance));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "needling-2", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void aClearanceStandsWhileTheAnswerStaysYesAndEndsWhenTheCodeIsRaisedAnew() {
        // re-screened, anticoagulants still YES: the clearance stands
        putScreening(ANTICOAGULATED, screening("anticoagulants", "YES")).then().statusCode(200)
                .body("contraindications[0].code", equalTo("ANTICOAGULANTS"))
                .body("contraindications[0].cleared", equalTo(true));
        // NO, then YES again: a new finding, the old clearance ends
        putScreening(ANTICOAGULATED, screening()).then().statusCode(200).body("contraindications", empty());
        putScreening(ANTICOAGULATED, screening("anticoagulants", "YES")).then().statusCode(200)
                .body("contraindications[0].cleared", equalTo(false))
                .body("contraindications[0].clearance", nullValue());
        given().when().get(patient(ANTICOAGULATED) + "/contraindications/ANTICOAGULANTS/clearance")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("id", equalTo(firstClearance))
                .body("invalidatedAt", notNullValue());

        // cleared again by a physician named by the client; then UNKNOWN -> YES also ends it
        clear(ANTICOAGULATED, "ANTICOAGULANTS", Map.of("clearedOn", today().toString(),
                "clearedBy", Map.of("name", "Dr. Anil Mehta", "role", "cardiologist")))
                .then().statusCode(201)
                .body("clearedBy.name", equalTo("Dr. Anil Mehta"))
                .body("clearedBy.role", equalTo("cardiologist"))
                .body("validUntil", nullValue());
        putScreening(ANTICOAGULATED, screening("anticoagulants", "UNKNOWN")).then().statusCode(200)
                .body("contraindications.code", contains("UNKNOWN_ANSWER"));
        putScreening(ANTICOAGULATED, screening("anticoagulants", "YES")).then().statusCode(200)
                .body("contraindications[0].cleared", equalTo(false));
        assertThat(ClinicalFixtures.count(dataSource,
                "select count(*) from clearance where patient_id = ? and invalidated_at is null", ANTICOAGULATED))
                .isZero();
    }

    @Test
    @Order(4)
    @TestSecurity(user = "needling-2", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void whatCannotBeCleared() {
        String on = today().toString();
        clear(CHILD, "AGE_UNDER_12", Map.of("clearedOn", on)).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "absolute-contraindication"))
                .body("code", equalTo("AGE_UNDER_12"));
        putScreening(UNSCREENED, screening("pregnant", "UNKNOWN")).then().statusCode(201);
        clear(UNSCREENED, "UNKNOWN_ANSWER", Map.of("clearedOn", on)).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "answer-required"));
        clear(UNSCREENED, "PREGNANCY", Map.of("clearedOn", on)).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "contraindication-not-present"))
                .body("code", equalTo("PREGNANCY"));
        clear(UNSCREENED, "PREGNANT", Map.of("clearedOn", on)).then().statusCode(404).contentType(PROBLEM)
                .body("detail", startsWith("PREGNANT is not a contraindication code; the codes are AGE_UNDER_12, "));
        given().when().get(patient(UNSCREENED) + "/contraindications/PREGNANT/clearance").then().statusCode(404);
        given().when().get(patient(UNSCREENED) + "/contraindications/PREGNANCY/clearance").then().statusCode(404)
                .body("detail", equalTo("Patient " + UNSCREENED + " has no clearance of PREGNANCY"));

        UUID unknown = UUID.randomUUID();
        clear(unknown, "PREGNANCY", Map.of("clearedOn", on)).then().statusCode(404)
                .body("detail", equalTo("Patient " + unknown + " was not found"));
        contraindications(unknown, null).then().statusCode(404);

        putScreening(ARCHIVED, screening("pregnant", "YES")).then().statusCode(201);
        ClinicalFixtures.archive(dataSource, ARCHIVED);
        clear(ARCHIVED, "PREGNANCY", Map.of("clearedOn", on)).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "patient-archived"));
        // reading an archived patient's record stays possible
        contraindications(ARCHIVED, null).then().statusCode(200).body("items.code", contains("PREGNANCY"));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "needling-2", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void invalidInputIs400() {
        clear(ANTICOAGULATED, "ANTICOAGULANTS", Map.of()).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("clearedOn"));
        // today in the earliest time zone on Earth is at most tomorrow in UTC; two days ahead is the future everywhere
        clear(ANTICOAGULATED, "ANTICOAGULANTS", Map.of("clearedOn", today().plusDays(2).toString()))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("clearedOn"))
                .body("errors[0].message", equalTo("must not be in the future"));
        clear(ANTICOAGULATED, "ANTICOAGULANTS", Map.of("clearedOn", "2026-03-04", "validUntil", "2026-03-03"))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("validUntil"))
                .body("errors[0].message", equalTo("must not be before clearedOn"));
        clear(ANTICOAGULATED, "ANTICOAGULANTS", Map.of("clearedOn", "04/03/2026")).then().statusCode(400)
                .body("errors[0].field", equalTo("clearedOn"));
        clear(ANTICOAGULATED, "ANTICOAGULANTS", Map.of("clearedOn", "2026-03-04", "clearedBy",
                Map.of("name", "x".repeat(201)))).then().statusCode(400)
                .body("errors[0].field", equalTo("clearedBy.name"));
        contraindications(ANTICOAGULATED, "yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("date"));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "admin-2", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void adminReadsAndClears() {
        contraindications(ANTICOAGULATED, null).then().statusCode(200);
        clear(ANTICOAGULATED, "ANTICOAGULANTS", Map.of("clearedOn", today().toString())).then().statusCode(201)
                .body("clearedBy.name", equalTo("admin-2"))
                .body("clearedBy.role", equalTo("clinic-admin"));
        given().when().get(patient(ANTICOAGULATED) + "/contraindications/ANTICOAGULANTS/clearance")
                .then().statusCode(200).body("clearedBy.role", equalTo("clinic-admin"));
    }

    @Test
    @Order(7)
    @TestSecurity(user = "sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void integratorReadsButDoesNotClear() {
        contraindications(ANTICOAGULATED, null).then().statusCode(200).body("items[0].cleared", equalTo(true));
        given().when().get(patient(ANTICOAGULATED) + "/contraindications/ANTICOAGULANTS/clearance")
                .then().statusCode(200);
        clear(ANTICOAGULATED, "ANTICOAGULANTS", Map.of("clearedOn", today().toString())).then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    @Order(8)
    @TestSecurity(user = "frontdesk-2", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void frontDeskHasNoAccess() {
        contraindications(ANTICOAGULATED, null).then().statusCode(403).contentType(PROBLEM);
        given().when().get(patient(ANTICOAGULATED) + "/contraindications/ANTICOAGULANTS/clearance")
                .then().statusCode(403);
        clear(ANTICOAGULATED, "ANTICOAGULANTS", Map.of("clearedOn", today().toString())).then().statusCode(403);
    }

    @Test
    @Order(9)
    @TestSecurity(user = "patient-2", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC),
            @Claim(key = "patient_id", value = "c1000000-0000-0000-0000-000000000001") })
    void aPatientHasNoAccessEvenToTheirOwn() {
        contraindications(ANTICOAGULATED, null).then().statusCode(403).contentType(PROBLEM);
        given().when().get(patient(ANTICOAGULATED) + "/contraindications/ANTICOAGULANTS/clearance")
                .then().statusCode(403);
        clear(ANTICOAGULATED, "ANTICOAGULANTS", Map.of("clearedOn", today().toString())).then().statusCode(403);
    }

    @Test
    @Order(10)
    void anonymousCallersAre401() {
        contraindications(ANTICOAGULATED, null).then().statusCode(401).contentType(PROBLEM);
        given().when().get(patient(ANTICOAGULATED) + "/contraindications/ANTICOAGULANTS/clearance")
                .then().statusCode(401);
        clear(ANTICOAGULATED, "ANTICOAGULANTS", Map.of("clearedOn", today().toString())).then().statusCode(401);
    }

    @Test
    @Order(11)
    @TestSecurity(user = "needling-x", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "contraindication-other-clinic"))
    void anotherClinicsPatientIsNotFound() {
        contraindications(ANTICOAGULATED, null).then().statusCode(404);
        given().when().get(patient(ANTICOAGULATED) + "/contraindications/ANTICOAGULANTS/clearance")
                .then().statusCode(404);
        clear(ANTICOAGULATED, "ANTICOAGULANTS", Map.of("clearedOn", today().toString())).then().statusCode(404);
    }
}
