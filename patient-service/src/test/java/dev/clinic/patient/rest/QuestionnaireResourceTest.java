package dev.clinic.patient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.clinic.patient.TestPatients;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** HIT-6 and MIDAS over HTTP: every operation, per role, with every status code the OpenAPI document lists. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuestionnaireResourceTest {

    static final String CLINIC = "questionnaire-clinic";
    static final String PROBLEM = "application/problem+json";
    static final ObjectMapper JSON = new ObjectMapper();

    /** The patient caller of the patient-role tests (their token's patient_id). */
    static final String OWN = "9a000000-0000-4000-8000-000000000001";
    static final UUID OTHER = UUID.fromString("9a000000-0000-4000-8000-000000000002");
    static final UUID FOREIGN = UUID.fromString("9a000000-0000-4000-8000-000000000003");
    static final UUID ARCHIVED = UUID.fromString("9a000000-0000-4000-8000-000000000004");
    static final UUID LISTED = UUID.fromString("9a000000-0000-4000-8000-000000000005");
    static final UUID IDEMPOTENT = UUID.fromString("9a000000-0000-4000-8000-000000000006");
    static final UUID AUDITED = UUID.fromString("9a000000-0000-4000-8000-000000000007");

    static final List<String> HIT6_63 = List.of("SOMETIMES", "VERY_OFTEN", "ALWAYS", "SOMETIMES", "RARELY", "VERY_OFTEN");
    static final List<Integer> MIDAS_15 = List.of(2, 5, 3, 4, 1);

    /** Recorded by a practitioner, read by the integrator afterwards. */
    static String practitionersQuestionnaire;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void patients() {
        LocalDate born = LocalDate.parse("1985-11-02");
        for (UUID id : List.of(UUID.fromString(OWN), OTHER, ARCHIVED, LISTED, IDEMPOTENT, AUDITED)) {
            TestPatients.insert(dataSource, CLINIC, id, "Questionnaire", born);
        }
        TestPatients.insert(dataSource, "questionnaire-elsewhere", FOREIGN, "Elsewhere", born);
    }

    static String questionnaires(Object patientId) {
        return "/api/v1/patients/" + patientId + "/questionnaires";
    }

    static Map<String, Object> hit6(List<String> answers) {
        return new HashMap<>(Map.of("type", "HIT6", "answers", answers));
    }

    static Map<String, Object> midas(List<Integer> answers) {
        return new HashMap<>(Map.of("type", "MIDAS", "answers", answers));
    }

    static Response record(Object patientId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(questionnaires(patientId));
    }

    // --- roles ----------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "patient-questionnaire", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "patient_id", value = OWN) })
    void patientCompletesAndReadsTheirOwn() {
        Response created = record(OWN, hit6(HIT6_63)).then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("patientId", equalTo(OWN))
                .body("type", equalTo("HIT6"))
                .body("answers", equalTo(HIT6_63))
                .body("score", equalTo(63))
                .body("interpretation", equalTo("SEVERE_IMPACT"))
                .body("grade", nullValue())
                .body("completedAt", notNullValue())
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).isEqualTo(questionnaires(OWN) + "/" + id);
        // completedAt defaults to now
        assertThat(Duration.between(Instant.parse(created.path("completedAt")), Instant.now()).abs())
                .isLessThan(Duration.ofMinutes(1));

        given().when().get(questionnaires(OWN) + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").body("score", equalTo(63));
        given().when().get(questionnaires(OWN)).then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    @TestSecurity(user = "patient-questionnaire", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "patient_id", value = OWN) })
    void patientCannotReachAnotherPatientsQuestionnaires() {
        for (Response answer : List.of(
                record(OTHER, hit6(HIT6_63)),
                given().when().get(questionnaires(OTHER)),
                given().when().get(questionnaires(OTHER) + "/" + UUID.randomUUID()))) {
            answer.then().statusCode(404).contentType(PROBLEM)
                    .body("detail", equalTo("Patient " + OTHER + " was not found"));
        }
    }

    @Test
    @Order(1)
    @TestSecurity(user = "needling-questionnaire", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void practitionerRecordsAndReads() {
        practitionersQuestionnaire = record(OTHER, midas(MIDAS_15)).then().statusCode(201)
                .body("type", equalTo("MIDAS"))
                .body("answers", equalTo(MIDAS_15))
                .body("score", equalTo(15))
                .body("grade", equalTo("III"))
                .body("interpretation", nullValue())
                .extract().path("id");
        given().when().get(questionnaires(OTHER) + "/" + practitionersQuestionnaire).then().statusCode(200)
                .body("grade", equalTo("III"));
        given().when().get(questionnaires(OTHER)).then().statusCode(200)
                .body("items.id", hasItem(practitionersQuestionnaire));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "ehr-sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void integratorReadsButCannotWrite() {
        record(OTHER, midas(MIDAS_15)).then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/forbidden"));
        given().when().get(questionnaires(OTHER)).then().statusCode(200)
                .body("items.id", hasItem(practitionersQuestionnaire));
        given().when().get(questionnaires(OTHER) + "/" + practitionersQuestionnaire).then().statusCode(200)
                .body("score", equalTo(15));
    }

    @Test
    @TestSecurity(user = "admin-questionnaire", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void clinicAdminRecordsAndReads() {
        String id = record(OTHER, hit6(Collections.nCopies(6, "NEVER"))).then().statusCode(201)
                .body("score", equalTo(36)).body("interpretation", equalTo("LITTLE_OR_NO_IMPACT"))
                .extract().path("id");
        given().when().get(questionnaires(OTHER) + "/" + id).then().statusCode(200);
        given().when().get(questionnaires(OTHER)).then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    @TestSecurity(user = "frontdesk-questionnaire", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void frontDeskHasNoAccessAtAll() {
        for (Response answer : List.of(
                record(OTHER, hit6(HIT6_63)),
                given().when().get(questionnaires(OTHER)),
                given().when().get(questionnaires(OTHER) + "/" + UUID.randomUUID()))) {
            answer.then().statusCode(403).contentType(PROBLEM);
        }
    }

    @Test
    void anonymousCallerIs401() {
        for (Response answer : List.of(
                record(OTHER, hit6(HIT6_63)),
                given().when().get(questionnaires(OTHER)),
                given().when().get(questionnaires(OTHER) + "/" + UUID.randomUUID()))) {
            answer.then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", containsString("Bearer"));
        }
    }

    @Test
    @TestSecurity(user = "stray", roles = "practitioner")
    void tokenWithoutClinicIs403() {
        record(OTHER, hit6(HIT6_63)).then().statusCode(403);
        given().when().get(questionnaires(OTHER)).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "needling-questionnaire", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void anotherClinicsPatientAnUnknownOneOrAnUnknownQuestionnaireIs404() {
        for (UUID patient : List.of(FOREIGN, UUID.randomUUID())) {
            for (Response answer : List.of(
                    record(patient, hit6(HIT6_63)),
                    given().when().get(questionnaires(patient)),
                    given().when().get(questionnaires(patient) + "/" + UUID.randomUUID()))) {
                answer.then().statusCode(404).contentType(PROBLEM)
                        .body("detail", equalTo("Patient " + patient + " was not found"));
            }
        }
        UUID unknown = UUID.randomUUID();
        given().when().get(questionnaires(OTHER) + "/" + unknown).then().statusCode(404)
                .body("detail", equalTo("Questionnaire " + unknown + " was not found"));
        // Another patient's questionnaire is not reachable under this patient's path.
        String others = record(OTHER, hit6(HIT6_63)).then().statusCode(201).extract().path("id");
        given().when().get(questionnaires(LISTED) + "/" + others).then().statusCode(404);
    }

    // --- input ----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @TestSecurity(user = "needling-questionnaire", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    @CsvSource(delimiter = '|', value = {
            // request body                                                                              | field      | message
            "{'type':'HIT6','answers':['NEVER','NEVER','NEVER','NEVER','NEVER','NEVER','NEVER']}           | answers[6] | is one too many: HIT-6 has exactly 6 answers",
            "{'type':'HIT6','answers':['NEVER','NEVER','OFTEN','NEVER','NEVER','NEVER']}                   | answers[2] | must be one of: NEVER, RARELY, SOMETIMES, VERY_OFTEN, ALWAYS",
            "{'type':'HIT6','answers':['NEVER','NEVER','NEVER','NEVER','NEVER']}                           | answers[5] | is missing: HIT-6 has exactly 6 answers",
            "{'type':'HIT6','answers':[6,8,10,11,13,6]}                                                    | answers[0] | must be one of: NEVER, RARELY, SOMETIMES, VERY_OFTEN, ALWAYS",
            "{'type':'MIDAS','answers':[0,5,91,0,0]}                                                       | answers[2] | must be a whole number of days from 0 to 90",
            "{'type':'MIDAS','answers':[0,5,-1,0,0]}                                                       | answers[2] | must be a whole number of days from 0 to 90",
            "{'type':'MIDAS','answers':[0,5,2.5,0,0]}                                                      | answers[2] | must be a whole number of days from 0 to 90",
            "{'type':'MIDAS','answers':[0,5,'3',0,0]}                                                      | answers[2] | must be a whole number of days from 0 to 90",
            "{'type':'MIDAS','answers':[0,5,3,0]}                                                          | answers[4] | is missing: MIDAS has exactly 5 answers",
            "{'type':'MIDAS','answers':[0,5,3,0,0,0]}                                                      | answers[5] | is one too many: MIDAS has exactly 5 answers",
            "{'type':'MIDAS','answers':[1,1,1,1,1],'total':5}                                              | total      | is computed by the server; do not send it",
            "{'type':'HIT6','answers':['NEVER','NEVER','NEVER','NEVER','NEVER','NEVER'],'score':36}        | score      | is computed by the server; do not send it",
            "{'type':'MIDAS','answers':[1,1,1,1,1],'grade':'I'}                                            | grade      | is computed by the server; do not send it",
            "{'type':'PHQ9','answers':[1,1,1,1,1]}                                                         | type       | must be one of: HIT6, MIDAS",
            "{'answers':[1,1,1,1,1]}                                                                       | type       | must not be null",
            "{'type':'MIDAS'}                                                                              | answers    | must not be null",
            "{'type':'MIDAS','answers':'1,1,1,1,1'}                                                        | answers    | must be a value of the right type",
            "{'type':'MIDAS','answers':[1,1,1,1,1],'completedAt':'yesterday'}                              | completedAt | must be a valid instant (e.g. 2026-03-04T09:30:00Z)",
            "{'type':'MIDAS','answers':[1,1,1,1,1],'completedAt':'2999-01-01T00:00:00Z'}                   | completedAt | must not be in the future",
    })
    void invalidInputIsA400NamingTheItem(String body, String field, String message) {
        given().contentType(ContentType.JSON).body(body.replace('\'', '"'))
                .when().post(questionnaires(OTHER))
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/validation-failed"))
                .body("errors.field", hasItem(field))
                .body("errors.message", hasItem(message));
    }

    @Test
    @TestSecurity(user = "needling-questionnaire", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void everyWrongAnswerIsNamedAtOnce() {
        given().contentType(ContentType.JSON)
                .body(Map.of("type", "HIT6", "answers", List.of("NEVER", "NEVER", "SELDOM", "NEVER", "NEVER", "NEVER",
                        "NEVER")))
                .when().post(questionnaires(OTHER))
                .then().statusCode(400)
                .body("errors.field", contains("answers[2]", "answers[6]"));
        given().when().get(questionnaires(OTHER) + "?type=PHQ9").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        given().when().get(questionnaires(OTHER) + "?limit=201").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    // --- behaviour ------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "needling-questionnaire", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void listFiltersByTypeIsPagedAndSyncs() {
        Map<String, Object> earlier = hit6(Collections.nCopies(6, "ALWAYS"));
        earlier.put("completedAt", "2026-01-10T08:00:00Z");
        String first = record(LISTED, earlier).then().statusCode(201)
                .body("completedAt", equalTo("2026-01-10T08:00:00Z"))
                .body("score", equalTo(78)).extract().path("id");
        String second = record(LISTED, hit6(HIT6_63)).then().statusCode(201).extract().path("id");
        String midas = record(LISTED, midas(List.of(90, 90, 90, 90, 90))).then().statusCode(201)
                .body("score", equalTo(450)).body("grade", equalTo("IV")).extract().path("id");

        given().when().get(questionnaires(LISTED) + "?type=MIDAS").then().statusCode(200)
                .body("items.id", contains(midas)).body("nextCursor", nullValue());
        Response page = given().when().get(questionnaires(LISTED) + "?type=HIT6&limit=1").then().statusCode(200)
                .body("items.id", contains(first))
                .body("nextCursor", notNullValue())
                .extract().response();
        assertThat(page.header("Link")).contains("type=HIT6").contains("cursor=").endsWith("rel=\"next\"");
        given().when().get(questionnaires(LISTED) + "?type=HIT6&limit=1&cursor=" + page.path("nextCursor"))
                .then().statusCode(200)
                .body("items.id", contains(second))
                .body("nextCursor", nullValue());
        given().when().get(questionnaires(LISTED)).then().statusCode(200).body("items.id", contains(first, second, midas));

        String since = given().when().get(questionnaires(LISTED) + "/" + second).then().extract().path("updatedAt");
        given().when().get(questionnaires(LISTED) + "?updatedSince=" + since).then().statusCode(200)
                .body("items.id", contains(second, midas));
    }

    @Test
    @TestSecurity(user = "needling-questionnaire", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void idempotencyKeyReplaysTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        Response first = post(key, IDEMPOTENT, midas(MIDAS_15)).then().statusCode(201).extract().response();
        Response again = post(key, IDEMPOTENT, midas(MIDAS_15)).then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().response();
        assertThat((String) again.path("id")).isEqualTo(first.path("id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        given().when().get(questionnaires(IDEMPOTENT)).then().body("items", hasSize(1));

        post(key, IDEMPOTENT, midas(List.of(0, 0, 0, 0, 0))).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/idempotency-key-reused"));
        // The same answers for another patient are another request.
        post(key, OTHER, midas(MIDAS_15)).then().statusCode(422);
        given().when().get(questionnaires(IDEMPOTENT)).then().body("items", hasSize(1));
    }

    @Test
    @TestSecurity(user = "admin-questionnaire", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void anArchivedPatientsQuestionnairesAreReadOnly() {
        record(ARCHIVED, midas(MIDAS_15)).then().statusCode(201);
        given().contentType(ContentType.JSON).when().post("/api/v1/patients/" + ARCHIVED + "/archive")
                .then().statusCode(200);
        record(ARCHIVED, midas(MIDAS_15)).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/patient-archived"));
        given().when().get(questionnaires(ARCHIVED)).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    @TestSecurity(user = "needling-questionnaire", roles = "practitioner")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "azp", value = "clinic-web") })
    void everyReadAndChangeIsAudited() throws SQLException {
        String id = record(AUDITED, hit6(HIT6_63)).then().statusCode(201).extract().path("id");
        given().when().get(questionnaires(AUDITED) + "/" + id).then().statusCode(200);
        given().when().get(questionnaires(AUDITED)).then().statusCode(200);

        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("""
                        select action, resource_type, resource_id, clinic_id, subject, client_id, outcome
                        from audit_event where patient_id = ? order by occurred_at""")) {
            q.setObject(1, AUDITED);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(String.join("|", r.getString(1), r.getString(2), String.valueOf(r.getString(3)),
                            r.getString(4), r.getString(5), r.getString(6), r.getString(7)));
                }
            }
        }
        String who = "|" + CLINIC + "|needling-questionnaire|clinic-web|SUCCESS";
        assertThat(rows).containsExactly(
                "CREATE|QUESTIONNAIRE|" + id + who,
                "READ|QUESTIONNAIRE|" + id + who,
                "LIST|QUESTIONNAIRE|null" + who);
    }

    private static Response post(String key, UUID patientId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(questionnaires(patientId));
    }
}
