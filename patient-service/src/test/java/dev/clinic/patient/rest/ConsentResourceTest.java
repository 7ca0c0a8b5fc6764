package dev.clinic.patient.rest;

import static dev.clinic.patient.rest.ClinicalFixtures.PROBLEM;
import static dev.clinic.patient.rest.ClinicalFixtures.PROBLEMS;
import static dev.clinic.patient.rest.ClinicalFixtures.consent;
import static dev.clinic.patient.rest.ClinicalFixtures.patient;
import static dev.clinic.patient.rest.ClinicalFixtures.postConsent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/** POST/GET /patients/{id}/consents, GET …/{consentId}, POST …/{consentId}/revoke, per role and status code. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsentResourceTest {

    static final String CLINIC = "consent-clinic";
    static final UUID SELF = UUID.fromString("c0000000-0000-0000-0000-000000000001");
    static final UUID OTHER = UUID.fromString("c0000000-0000-0000-0000-000000000002");
    static final UUID ARCHIVED = UUID.fromString("c0000000-0000-0000-0000-000000000003");

    static String recorded;
    static String othersConsent;
    static String archivedConsent;

    @Inject
    DataSource dataSource;

    void patients() {
        TestPatients.insert(dataSource, CLINIC, SELF, "Self", ClinicalFixtures.ADULT);
        TestPatients.insert(dataSource, CLINIC, OTHER, "Other", ClinicalFixtures.ADULT);
        TestPatients.insert(dataSource, CLINIC, ARCHIVED, "Archived", ClinicalFixtures.ADULT);
    }

    static String consents(UUID patientId) {
        return patient(patientId) + "/consents";
    }

    @Test
    @Order(1)
    @TestSecurity(user = "needling-3", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void practitionerRecordsReadsAndListsConsents() {
        patients();
        Response created = postConsent(SELF, consent("DRY_NEEDLING_INFORMED", "signedAt", "2026-01-10T09:12:00Z"))
                .then().statusCode(201)
                .body("patientId", equalTo(SELF.toString()))
                .body("type", equalTo("DRY_NEEDLING_INFORMED"))
                .body("formVersion", equalTo("F-2026-01"))
                .body("signedAt", equalTo("2026-01-10T09:12:00Z"))
                .body("signedBy", equalTo("Maria Lopez"))
                .body("risksExplained", contains("bruising", "soreness", "pneumothorax"))
                .body("recordedBy", equalTo("needling-3"))
                .body("revokedAt", nullValue())
                .body("active", equalTo(true))
                .body("version", equalTo(0))
                .extract().response();
        recorded = created.path("id");
        assertThat(created.header("Location")).isEqualTo(consents(SELF) + "/" + recorded);

        // signedAt omitted: signed now; no risks needed for a massage consent
        Instant before = Instant.now().minusSeconds(5);
        String signedAt = postConsent(SELF, consent("MASSAGE", "risksExplained", List.of()))
                .then().statusCode(201).extract().path("signedAt");
        assertThat(Instant.parse(signedAt)).isBetween(before, Instant.now().plusSeconds(5));

        othersConsent = postConsent(OTHER, consent("DATA_SHARING", "signedBy", "Guardian of Other"))
                .then().statusCode(201).extract().path("id");

        given().when().get(consents(SELF) + "/" + recorded)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(recorded));
        given().when().get(consents(SELF))
                .then().statusCode(200)
                .body("items.type", contains("DRY_NEEDLING_INFORMED", "MASSAGE"))
                .body("nextCursor", nullValue());
        given().queryParam("type", "MASSAGE").when().get(consents(SELF))
                .then().statusCode(200).body("items.type", contains("MASSAGE"));
        // another patient's consent is not this patient's
        given().when().get(consents(SELF) + "/" + othersConsent).then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("Consent " + othersConsent + " was not found"));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "needling-3", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void listsArePagedAndSyncable() {
        Response first = given().queryParam("limit", 1).when().get(consents(SELF))
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("nextCursor", notNullValue())
                .header("Link", startsWith("</api/v1/patients/" + SELF + "/consents?"))
                .extract().response();
        given().queryParam("limit", 1).queryParam("cursor", first.<String>path("nextCursor"))
                .when().get(consents(SELF))
                .then().statusCode(200)
                .body("items[0].id", not(equalTo(first.path("items[0].id"))))
                .body("nextCursor", nullValue());
        given().queryParam("updatedSince", "2000-01-01T00:00:00Z").when().get(consents(SELF))
                .then().statusCode(200).body("items", hasSize(2));
        given().queryParam("updatedSince", Instant.now().plus(1, ChronoUnit.DAYS).toString()).when().get(consents(SELF))
                .then().statusCode(200).body("items", hasSize(0));

        given().queryParam("limit", 0).when().get(consents(SELF)).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("type", "TATTOO").when().get(consents(SELF)).then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        given().queryParam("cursor", "garbage").when().get(consents(SELF)).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "needling-3", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void invalidConsentsAre400() {
        postConsent(SELF, Map.of("formVersion", "F", "signedBy", "M")).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("type"));
        postConsent(SELF, consent("TATTOO")).then().statusCode(400)
                .body("errors[0].message", equalTo("must be one of: DRY_NEEDLING_INFORMED, MASSAGE, DATA_SHARING"));
        postConsent(SELF, consent("MASSAGE", "signedBy", " ")).then().statusCode(400)
                .body("errors[0].field", equalTo("signedBy"));
        postConsent(SELF, consent("MASSAGE", "signedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("signedAt"));
        postConsent(SELF, consent("DRY_NEEDLING_INFORMED", "risksExplained", List.of())).then().statusCode(400)
                .body("errors[0].field", equalTo("risksExplained"));
        postConsent(SELF, consent("MASSAGE", "signature", "xyz")).then().statusCode(400)
                .body("errors.field", hasItem("signature"));
        given().contentType(ContentType.JSON).body("{").when().post(consents(SELF)).then().statusCode(400);
        postConsent(UUID.randomUUID(), consent("MASSAGE")).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "needling-3", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void idempotentRecording() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = consent("DATA_SHARING", "signedAt", "2026-02-01T10:00:00Z");
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(consents(OTHER)).then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(consents(OTHER)).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", consents(OTHER) + "/" + id)
                .body("id", equalTo(id));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(consent("MASSAGE"))
                .when().post(consents(OTHER)).then().statusCode(422).contentType(PROBLEM);
        // the same key and body for another patient is another request
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(consents(SELF)).then().statusCode(422);
        assertThat(ClinicalFixtures.count(dataSource,
                "select count(*) from consent where patient_id = ? and type = 'DATA_SHARING'", OTHER)).isEqualTo(2);
    }

    @Test
    @Order(5)
    @TestSecurity(user = "needling-3", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void revokingIsFinalAndHonoursIfMatch() {
        given().header("If-Match", "\"7\"").when().post(consents(OTHER) + "/" + othersConsent + "/revoke")
                .then().statusCode(412).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "precondition-failed"));
        given().header("If-Match", "\"0\"").when().post(consents(OTHER) + "/" + othersConsent + "/revoke")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("active", equalTo(false))
                .body("revokedAt", notNullValue())
                .body("revokedBy", equalTo("needling-3"));
        given().when().post(consents(OTHER) + "/" + othersConsent + "/revoke")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "consent-already-revoked"))
                .body("consentId", equalTo(othersConsent));
        given().when().post(consents(OTHER) + "/" + UUID.randomUUID() + "/revoke").then().statusCode(404);
        // a consent under another patient's path is not found
        given().when().post(consents(SELF) + "/" + othersConsent + "/revoke").then().statusCode(404);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "needling-3", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void archivedPatientsSignNothingButMayWithdraw() {
        archivedConsent = postConsent(ARCHIVED, consent("DATA_SHARING")).then().statusCode(201).extract().path("id");
        ClinicalFixtures.archive(dataSource, ARCHIVED);
        postConsent(ARCHIVED, consent("MASSAGE")).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "patient-archived"));
        given().when().post(consents(ARCHIVED) + "/" + archivedConsent + "/revoke").then().statusCode(200)
                .body("active", equalTo(false));
    }

    @Test
    @Order(7)
    @TestSecurity(user = "patient-self", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC),
            @Claim(key = "patient_id", value = "c0000000-0000-0000-0000-000000000001") })
    void aPatientSignsListsAndRevokesTheirOwnOnly() {
        String own = postConsent(SELF, consent("DATA_SHARING", "signedBy", "Maria Lopez")).then().statusCode(201)
                .body("recordedBy", equalTo("patient-self"))
                .extract().path("id");
        given().when().get(consents(SELF)).then().statusCode(200).body("items.id", hasItem(own));
        given().when().get(consents(SELF) + "/" + own).then().statusCode(200);
        given().when().post(consents(SELF) + "/" + own + "/revoke").then().statusCode(200)
                .body("revokedBy", equalTo("patient-self"));

        postConsent(OTHER, consent("DATA_SHARING")).then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("Patient " + OTHER + " was not found"));
        given().when().get(consents(OTHER)).then().statusCode(404);
        given().when().get(consents(OTHER) + "/" + othersConsent).then().statusCode(404);
        given().when().post(consents(OTHER) + "/" + othersConsent + "/revoke").then().statusCode(404);
    }

    @Test
    @Order(8)
    @TestSecurity(user = "admin-3", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void adminRecordsReadsAndRevokes() {
        String id = postConsent(SELF, consent("MASSAGE")).then().statusCode(201).extract().path("id");
        given().when().get(consents(SELF)).then().statusCode(200);
        given().when().get(consents(SELF) + "/" + id).then().statusCode(200);
        given().when().post(consents(SELF) + "/" + id + "/revoke").then().statusCode(200);
    }

    @Test
    @Order(9)
    @TestSecurity(user = "sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void integratorReadsButDoesNotWrite() {
        given().when().get(consents(SELF)).then().statusCode(200);
        given().when().get(consents(SELF) + "/" + recorded).then().statusCode(200);
        postConsent(SELF, consent("MASSAGE")).then().statusCode(403).contentType(PROBLEM);
        given().when().post(consents(SELF) + "/" + recorded + "/revoke").then().statusCode(403);
    }

    @Test
    @Order(10)
    @TestSecurity(user = "frontdesk-3", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void frontDeskHasNoAccess() {
        given().when().get(consents(SELF)).then().statusCode(403).contentType(PROBLEM);
        given().when().get(consents(SELF) + "/" + recorded).then().statusCode(403);
        postConsent(SELF, consent("MASSAGE")).then().statusCode(403);
        given().when().post(consents(SELF) + "/" + recorded + "/revoke").then().statusCode(403);
    }

    @Test
    @Order(11)
    void anonymousCallersAre401() {
        given().when().get(consents(SELF)).then().statusCode(401).contentType(PROBLEM);
        given().when().get(consents(SELF) + "/" + recorded).then().statusCode(401);
        postConsent(SELF, consent("MASSAGE")).then().statusCode(401);
        given().when().post(consents(SELF) + "/" + recorded + "/revoke").then().statusCode(401);
    }

    @Test
    @Order(12)
    @TestSecurity(user = "needling-x", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "consent-other-clinic"))
    void anotherClinicsRecordsAreNotFound() {
        given().when().get(consents(SELF)).then().statusCode(404);
        given().when().get(consents(SELF) + "/" + recorded).then().statusCode(404);
        postConsent(SELF, consent("MASSAGE")).then().statusCode(404);
        given().when().post(consents(SELF) + "/" + recorded + "/revoke").then().statusCode(404);
    }

    @Test
    @Order(13)
    @TestSecurity(user = "needling-3", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void theOtherClinicChangedNothing() {
        given().when().get(consents(SELF) + "/" + recorded).then().statusCode(200)
                .body("active", equalTo(true)).body("version", equalTo(0));
    }
}
