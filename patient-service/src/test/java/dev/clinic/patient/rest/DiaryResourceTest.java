package dev.clinic.patient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

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

/** The headache diary over HTTP: every operation, per role, with every status code the OpenAPI document lists. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiaryResourceTest {

    static final String CLINIC = "diary-clinic";
    static final String PROBLEM = "application/problem+json";

    /** The patient caller of the patient-role tests (their token's patient_id). */
    static final String OWN = "d1a00000-0000-4000-8000-000000000001";
    static final UUID OTHER = UUID.fromString("d1a00000-0000-4000-8000-000000000002");
    static final UUID FOREIGN = UUID.fromString("d1a00000-0000-4000-8000-000000000003");
    static final UUID ARCHIVED = UUID.fromString("d1a00000-0000-4000-8000-000000000004");
    static final UUID PAGED = UUID.fromString("d1a00000-0000-4000-8000-000000000005");
    static final UUID SUMMARISED = UUID.fromString("d1a00000-0000-4000-8000-000000000006");
    static final UUID IDEMPOTENT = UUID.fromString("d1a00000-0000-4000-8000-000000000007");
    static final UUID RACED = UUID.fromString("d1a00000-0000-4000-8000-000000000008");
    static final UUID AUDITED = UUID.fromString("d1a00000-0000-4000-8000-000000000009");
    static final UUID VERSIONED = UUID.fromString("d1a00000-0000-4000-8000-00000000000a");
    static final UUID ADMINS = UUID.fromString("d1a00000-0000-4000-8000-00000000000b");

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @BeforeEach
    void patients() {
        LocalDate born = LocalDate.parse("1990-06-15");
        for (UUID id : List.of(UUID.fromString(OWN), OTHER, ARCHIVED, PAGED, SUMMARISED, IDEMPOTENT, RACED, AUDITED,
                VERSIONED, ADMINS)) {
            TestPatients.insert(dataSource, CLINIC, id, "Diary", born);
        }
        TestPatients.insert(dataSource, "diary-elsewhere", FOREIGN, "Elsewhere", born);
    }

    static String diary(Object patientId) {
        return "/api/v1/patients/" + patientId + "/diary";
    }

    static Map<String, Object> migraine(String date, int intensity) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date);
        body.put("hadHeadache", true);
        body.put("kind", "MIGRAINE");
        body.put("intensity", intensity);
        body.put("durationHours", 5.5);
        body.put("aura", true);
        body.put("acuteMedication", List.of("sumatriptan 50 mg"));
        body.put("triggers", List.of("STRESS", "SKIPPED_MEAL"));
        body.put("hydrationLiters", 1.75);
        body.put("notes", "Started after a long screen session.");
        return body;
    }

    static Map<String, Object> headacheFree(String date) {
        return new HashMap<>(Map.of("date", date, "hadHeadache", false));
    }

    static Response record(Object patientId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(diary(patientId));
    }

    // --- roles ----------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "patient-diary", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "patient_id", value = OWN) })
    void patientRecordsReplacesAndReadsTheirOwnDiary() {
        Response created = record(OWN, migraine("2025-01-10", 7)).then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("patientId", equalTo(OWN))
                .body("date", equalTo("2025-01-10"))
                .body("hadHeadache", equalTo(true))
                .body("kind", equalTo("MIGRAINE"))
                .body("intensity", equalTo(7))
                .body("durationHours", equalTo(5.5f))
                .body("aura", equalTo(true))
                .body("acuteMedication", contains("sumatriptan 50 mg"))
                .body("triggers", contains("STRESS", "SKIPPED_MEAL"))
                .body("hydrationLiters", equalTo(1.75f))
                .body("notes", equalTo("Started after a long screen session."))
                .extract().response();
        assertThat(created.header("Location")).isEqualTo(diary(OWN) + "/2025-01-10");

        // The same day again replaces the entry: same id, new version, 200 without Location.
        Response replaced = record(OWN, headacheFree("2025-01-10")).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("id", equalTo(created.path("id")))
                .body("version", equalTo(1))
                .body("hadHeadache", equalTo(false))
                .body("kind", nullValue())
                .body("intensity", nullValue())
                .body("aura", equalTo(false))
                .body("acuteMedication", empty())
                .body("triggers", empty())
                .body("notes", nullValue())
                .extract().response();
        assertThat(replaced.header("Location")).isNull();

        given().when().get(diary(OWN) + "/2025-01-10").then().statusCode(200)
                .header("ETag", "\"1\"").body("hadHeadache", equalTo(false));
        given().when().get(diary(OWN) + "?from=2025-01-01&to=2025-01-31").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].date", equalTo("2025-01-10"));
        given().when().get(diary(OWN) + "/summary?from=2025-01-01&to=2025-01-31").then().statusCode(200)
                .body("months[0].daysRecorded", equalTo(1));
    }

    @Test
    @TestSecurity(user = "patient-diary", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "patient_id", value = OWN) })
    void patientCannotReachAnotherPatientsDiary() {
        for (Response answer : List.of(
                record(OTHER, migraine("2025-01-11", 5)),
                given().when().get(diary(OTHER)),
                given().when().get(diary(OTHER) + "/2025-01-11"),
                given().when().get(diary(OTHER) + "/summary?from=2025-01-01&to=2025-01-31"))) {
            answer.then().statusCode(404).contentType(PROBLEM)
                    .body("detail", equalTo("Patient " + OTHER + " was not found"));
        }
    }

    @Test
    @TestSecurity(user = "needling-diary", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void practitionerRecordsAndReads() {
        record(OTHER, migraine("2025-02-03", 6)).then().statusCode(201);
        record(OTHER, migraine("2025-02-03", 8)).then().statusCode(200).body("intensity", equalTo(8));
        given().when().get(diary(OTHER)).then().statusCode(200).body("items.date", hasItem("2025-02-03"));
        given().when().get(diary(OTHER) + "/2025-02-03").then().statusCode(200).body("intensity", equalTo(8));
        given().when().get(diary(OTHER) + "/summary?from=2025-02-03&to=2025-02-03").then().statusCode(200)
                .body("months[0].migraineDays", equalTo(1));
    }

    @Test
    @Order(1)
    @TestSecurity(user = "admin-diary", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void clinicAdminRecordsAndReads() {
        record(ADMINS, migraine("2025-02-04", 4)).then().statusCode(201);
        record(ADMINS, headacheFree("2025-02-04")).then().statusCode(200);
        given().when().get(diary(ADMINS)).then().statusCode(200).body("items", hasSize(1));
        given().when().get(diary(ADMINS) + "/2025-02-04").then().statusCode(200);
        given().when().get(diary(ADMINS) + "/summary?from=2025-02-01&to=2025-02-28").then().statusCode(200);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "ehr-sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void integratorReadsButCannotWrite() {
        record(ADMINS, migraine("2025-02-05", 4)).then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/forbidden"));
        given().when().get(diary(ADMINS)).then().statusCode(200).body("items.date", contains("2025-02-04"));
        given().when().get(diary(ADMINS) + "/2025-02-04").then().statusCode(200).body("hadHeadache", equalTo(false));
        given().when().get(diary(ADMINS) + "/summary?from=2025-02-01&to=2025-02-28").then().statusCode(200)
                .body("months[0].daysRecorded", equalTo(1));
        given().when().get(diary(ADMINS) + "/2025-02-05").then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("Diary entry for 2025-02-05 was not found"));
    }

    @Test
    @TestSecurity(user = "frontdesk-diary", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void frontDeskHasNoAccessAtAll() {
        for (Response answer : List.of(
                record(OTHER, migraine("2025-02-06", 4)),
                given().when().get(diary(OTHER)),
                given().when().get(diary(OTHER) + "/2025-02-03"),
                given().when().get(diary(OTHER) + "/summary?from=2025-02-01&to=2025-02-28"))) {
            answer.then().statusCode(403).contentType(PROBLEM);
        }
    }

    @Test
    void anonymousCallerIs401() {
        for (Response answer : List.of(
                record(OTHER, migraine("2025-02-06", 4)),
                given().when().get(diary(OTHER)),
                given().when().get(diary(OTHER) + "/2025-02-03"),
                given().when().get(diary(OTHER) + "/summary?from=2025-02-01&to=2025-02-28"))) {
            answer.then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", containsString("Bearer"));
        }
    }

    @Test
    @TestSecurity(user = "stray", roles = "practitioner")
    void tokenWithoutClinicIs403() {
        record(OTHER, migraine("2025-02-06", 4)).then().statusCode(403);
        given().when().get(diary(OTHER)).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "needling-diary", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void anotherClinicsPatientOrAnUnknownOneIs404() {
        for (UUID patient : List.of(FOREIGN, UUID.randomUUID())) {
            for (Response answer : List.of(
                    record(patient, migraine("2025-02-06", 4)),
                    given().when().get(diary(patient)),
                    given().when().get(diary(patient) + "/2025-02-06"),
                    given().when().get(diary(patient) + "/summary?from=2025-02-01&to=2025-02-28"))) {
                answer.then().statusCode(404).contentType(PROBLEM)
                        .body("detail", equalTo("Patient " + patient + " was not found"));
            }
        }
        given().when().get(diary(OTHER) + "/not-a-date").then().statusCode(404).contentType(PROBLEM);
    }

    // --- input ----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @TestSecurity(user = "needling-diary", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    @CsvSource(delimiter = '|', value = {
            // field         | JSON value      | error field       | message
            "date            | null            | date              | must not be null",
            "date            | \"2025-02-30\"  | date              | must be a valid date (YYYY-MM-DD)",
            "hadHeadache     | null            | hadHeadache       | must not be null",
            "hadHeadache     | \"yes\"         | hadHeadache       | must be a value of the right type",
            "kind            | null            | kind              | is required when hadHeadache is true",
            "kind            | \"CLUSTER\"     | kind              | must be one of: MIGRAINE, TENSION_TYPE, CERVICOGENIC, OTHER",
            "intensity       | null            | intensity         | is required when hadHeadache is true",
            "intensity       | 11              | intensity         | must be less than or equal to 10",
            "intensity       | -1              | intensity         | must be greater than or equal to 0",
            "intensity       | 6.5             | intensity         | must be a valid whole number",
            "durationHours   | 72.5            | durationHours     | must be less than or equal to 72",
            "durationHours   | 1.255           | durationHours     | numeric value out of bounds (<2 digits>.<2 digits> expected)",
            "hydrationLiters | 10.5            | hydrationLiters   | must be less than or equal to 10",
            "hydrationLiters | -0.5            | hydrationLiters   | must be greater than or equal to 0",
            "triggers        | [\"RAIN\"]      | triggers[0]       | must be one of: STRESS, CAFFEINE, SKIPPED_MEAL, HORMONAL, FLASHING_LIGHTS, SLEEP, OTHER",
            "triggers        | [null]          | triggers[0]       | must not be null",
            "acuteMedication | [\" \"]         | acuteMedication[0] | must not be blank",
            "notes           | 42              | notes             | must be a valid String",
            "colour          | \"blue\"        | colour            | is not a known property",
    })
    void invalidInputIsA400NamingTheField(String field, String json, String errorField, String message)
            throws Exception {
        Map<String, Object> body = new HashMap<>(migraine("2025-03-01", 6));
        body.put(field, JSON.readValue(json, Object.class));
        record(OTHER, body).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/validation-failed"))
                .body("errors.field", hasItem(errorField))
                .body("errors.message", hasItem(message));
    }

    @Test
    @TestSecurity(user = "needling-diary", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void aDayThatHasNotBegunAnywhereIsRefusedAndHeadacheDetailsNeedAHeadache() {
        String future = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        record(OTHER, headacheFree(future)).then().statusCode(400)
                .body("errors.field", contains("date"))
                .body("errors[0].message", containsString("must not be in the future"));
        // Today (UTC) is always recordable.
        record(OTHER, headacheFree(LocalDate.now(ZoneOffset.UTC).toString())).then().statusCode(201);

        Map<String, Object> noHeadache = migraine("2025-03-02", 6);
        noHeadache.put("hadHeadache", false);
        record(OTHER, noHeadache).then().statusCode(400)
                .body("errors.field", contains("kind", "intensity", "durationHours", "aura"));
    }

    @Test
    @TestSecurity(user = "needling-diary", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void anEntryReadBackMayBeSentAgain() {
        record(OTHER, migraine("2025-02-07", 5)).then().statusCode(201);
        @SuppressWarnings("unchecked")
        Map<String, Object> read = given().when().get(diary(OTHER) + "/2025-02-07").then().statusCode(200)
                .extract().as(Map.class);
        read.put("notes", "edited");
        record(OTHER, read).then().statusCode(200).body("notes", equalTo("edited"))
                .body("patientId", equalTo(OTHER.toString()));
    }

    @Test
    @TestSecurity(user = "needling-diary", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void listAndSummaryParametersAreChecked() {
        given().when().get(diary(OTHER) + "?from=2025-02-02&to=2025-02-01").then().statusCode(400)
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].message", equalTo("must not be before from (2025-02-02)"));
        given().when().get(diary(OTHER) + "?from=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().when().get(diary(OTHER) + "?limit=0").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().when().get(diary(OTHER) + "?cursor=bm90LWEtY3Vyc29y").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));

        given().when().get(diary(OTHER) + "/summary?to=2025-02-01").then().statusCode(400)
                .body("errors.field", contains("from"));
        given().when().get(diary(OTHER) + "/summary").then().statusCode(400)
                .body("errors.field", contains("from", "to"));
        given().when().get(diary(OTHER) + "/summary?from=2025-02-02&to=2025-02-01").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().when().get(diary(OTHER) + "/summary?from=2024-01-31&to=2026-01-01").then().statusCode(400)
                .body("errors[0].message", equalTo("the range may span at most 24 calendar months; this one spans 25"));
        given().when().get(diary(OTHER) + "/summary?from=2024-01-01&to=2025-12-31").then().statusCode(200)
                .body("months", hasSize(24));
    }

    // --- behaviour ------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "needling-diary", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void listIsKeysetPagedByDateAndSyncs() {
        for (String date : List.of("2025-04-03", "2025-04-01", "2025-04-02", "2025-05-01")) {
            record(PAGED, headacheFree(date)).then().statusCode(201);
        }
        Response first = given().when().get(diary(PAGED) + "?from=2025-04-01&to=2025-04-30&limit=2")
                .then().statusCode(200)
                .body("items.date", contains("2025-04-01", "2025-04-02"))
                .body("nextCursor", notNullValue())
                .extract().response();
        String link = first.header("Link");
        assertThat(link).startsWith("<" + diary(PAGED) + "?").endsWith(">; rel=\"next\"").contains("cursor=");
        given().when().get(diary(PAGED) + "?from=2025-04-01&to=2025-04-30&limit=2&cursor=" + first.path("nextCursor"))
                .then().statusCode(200)
                .body("items.date", contains("2025-04-03"))
                .body("nextCursor", nullValue());

        // Sync: what changed since an instant, in (updatedAt, id) order, replaced days included.
        String since = given().when().get(diary(PAGED) + "/2025-05-01").then().extract().path("updatedAt");
        record(PAGED, migraine("2025-04-02", 3)).then().statusCode(200);
        given().when().get(diary(PAGED) + "?updatedSince=" + since).then().statusCode(200)
                .body("items.date", contains("2025-05-01", "2025-04-02"));
        // A sync cursor is not a date cursor.
        given().when().get(diary(PAGED) + "?updatedSince=" + since + "&cursor=" + first.path("nextCursor"))
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    @TestSecurity(user = "needling-diary", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void summaryPerMonthWithTheChangeAgainstTheFirstMonth() {
        // January: 5 migraine days (two with rescue medication) and one tension-type day; February:
        // nothing recorded; March: 3 migraine days -> 2 fewer, -40 %.
        for (int day = 1; day <= 5; day++) {
            Map<String, Object> entry = migraine("2025-01-0" + day, 4 + day);
            if (day > 2) {
                entry.put("acuteMedication", List.of());
            }
            record(SUMMARISED, entry).then().statusCode(201);
        }
        Map<String, Object> tension = migraine("2025-01-31", 3);
        tension.put("kind", "TENSION_TYPE");
        tension.put("aura", false);
        record(SUMMARISED, tension).then().statusCode(201);
        for (String date : List.of("2025-03-01", "2025-03-15", "2025-03-31")) {
            record(SUMMARISED, migraine(date, 6)).then().statusCode(201);
        }
        record(SUMMARISED, headacheFree("2025-03-02")).then().statusCode(201);

        given().when().get(diary(SUMMARISED) + "/summary?from=2025-01-01&to=2025-03-31").then().statusCode(200)
                .body("patientId", equalTo(SUMMARISED.toString()))
                .body("from", equalTo("2025-01-01"))
                .body("to", equalTo("2025-03-31"))
                .body("months.month", contains("2025-01", "2025-02", "2025-03"))
                .body("months.daysCovered", contains(31, 28, 31))
                .body("months.daysRecorded", contains(6, 0, 4))
                .body("months.headacheDays", contains(6, 0, 3))
                .body("months.migraineDays", contains(5, 0, 3))
                .body("months.meanIntensity", contains(6.3f, null, 6.0f)) // (5+6+7+8+9+3)/6
                .body("months.maxIntensity", contains(9, null, 6))
                .body("months.acuteMedicationDays", contains(3, 0, 3))
                .body("months.chronicPattern", contains(false, false, false))
                .body("months.medicationOveruseRisk", contains(false, false, false))
                .body("months.migraineDaysChange", contains(0, null, -2))
                .body("months.migraineDaysChangePercent", contains(0.0f, null, -40.0f));

        // A range starting mid-month counts only its own days of that month.
        given().when().get(diary(SUMMARISED) + "/summary?from=2025-01-04&to=2025-02-10").then().statusCode(200)
                .body("months.from", contains("2025-01-04", "2025-02-01"))
                .body("months.to", contains("2025-01-31", "2025-02-10"))
                .body("months.daysCovered", contains(28, 10))
                .body("months.migraineDays", contains(2, 0));
    }

    @Test
    @TestSecurity(user = "needling-diary", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void ifMatchGuardsAgainstLostUpdates() {
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(migraine("2025-06-01", 5))
                .when().post(diary(VERSIONED))
                .then().statusCode(412).contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/precondition-failed"));
        record(VERSIONED, migraine("2025-06-01", 5)).then().statusCode(201).header("ETag", "\"0\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(migraine("2025-06-01", 6))
                .when().post(diary(VERSIONED))
                .then().statusCode(200).header("ETag", "\"1\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(migraine("2025-06-01", 9))
                .when().post(diary(VERSIONED))
                .then().statusCode(412);
        given().when().get(diary(VERSIONED) + "/2025-06-01").then().body("intensity", equalTo(6));
        // Recording the same content again is no change: same version.
        record(VERSIONED, migraine("2025-06-01", 6)).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    @TestSecurity(user = "needling-diary", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void idempotencyKeyReplaysTheFirstAnswer() {
        String createKey = UUID.randomUUID().toString();
        Response first = post(createKey, migraine("2025-07-01", 5)).then().statusCode(201).extract().response();
        Response again = post(createKey, migraine("2025-07-01", 5)).then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().response();
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat((String) again.path("id")).isEqualTo(first.path("id"));
        assertThat((Integer) again.path("version")).isZero();

        String replaceKey = UUID.randomUUID().toString();
        post(replaceKey, migraine("2025-07-01", 8)).then().statusCode(200).body("version", equalTo(1));
        post(replaceKey, migraine("2025-07-01", 8)).then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("version", equalTo(1));

        post(replaceKey, migraine("2025-07-01", 9)).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/idempotency-key-reused"));
        // The same body for another patient is another request.
        given().contentType(ContentType.JSON).header("Idempotency-Key", replaceKey).body(migraine("2025-07-01", 8))
                .when().post(diary(OTHER)).then().statusCode(422);
        given().when().get(diary(IDEMPOTENT) + "/2025-07-01").then().body("version", equalTo(1))
                .body("intensity", equalTo(8));
        post("x".repeat(256), migraine("2025-07-02", 5)).then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    @TestSecurity(user = "needling-diary", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void concurrentFirstRecordingsOfADayMakeOneEntry() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Integer> statuses;
        try {
            List<Callable<Integer>> calls = IntStream.range(0, 6).<Callable<Integer>>mapToObj(i -> () ->
                    record(RACED, migraine("2025-08-01", i)).then().extract().statusCode()).toList();
            statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 200);
        given().when().get(diary(RACED)).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].version", equalTo(5));
    }

    @Test
    @TestSecurity(user = "admin-diary", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void anArchivedPatientsDiaryIsReadOnly() {
        record(ARCHIVED, migraine("2025-09-01", 5)).then().statusCode(201);
        given().contentType(ContentType.JSON).when().post("/api/v1/patients/" + ARCHIVED + "/archive")
                .then().statusCode(200);
        record(ARCHIVED, migraine("2025-09-02", 5)).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/patient-archived"))
                .body("patientId", equalTo(ARCHIVED.toString()));
        given().when().get(diary(ARCHIVED)).then().statusCode(200).body("items", hasSize(1));
        given().when().get(diary(ARCHIVED) + "/summary?from=2025-09-01&to=2025-09-30").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "needling-diary", roles = "practitioner")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "azp", value = "clinic-web") })
    void everyReadAndChangeIsAudited() throws SQLException {
        String id = record(AUDITED, migraine("2025-10-01", 5)).then().statusCode(201).extract().path("id");
        record(AUDITED, migraine("2025-10-01", 6)).then().statusCode(200);
        given().when().get(diary(AUDITED) + "/2025-10-01").then().statusCode(200);
        given().when().get(diary(AUDITED)).then().statusCode(200);
        given().when().get(diary(AUDITED) + "/summary?from=2025-10-01&to=2025-10-31").then().statusCode(200);

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
        String who = "|" + CLINIC + "|needling-diary|clinic-web|SUCCESS";
        assertThat(rows).containsExactly(
                "CREATE|DIARY_ENTRY|" + id + who,
                "UPDATE|DIARY_ENTRY|" + id + who,
                "READ|DIARY_ENTRY|" + id + who,
                "LIST|DIARY_ENTRY|null" + who,
                "READ|DIARY_SUMMARY|null" + who);
    }

    private static Response post(String key, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(diary(IDEMPOTENT));
    }
}
