package dev.clinic.booking.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** GET/PUT /clinic: each test that changes settings runs in a clinic of its own, since a clinic has one row. */
@QuarkusTest
class ClinicSettingsResourceTest {

    static final String CLINIC = "/api/v1/clinic";
    static final String PROBLEM = LocationResourceTest.PROBLEM;

    @Inject
    DataSource dataSource;

    static Map<String, Object> northside() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Northside Physio & Massage");
        body.put("timeZone", "America/New_York");
        body.put("jurisdiction", "US-FL");
        body.put("cancellationWindowHours", 48);
        body.put("slotStepMinutes", 30);
        body.put("currency", "USD");
        return body;
    }

    @Test
    @TestSecurity(user = "admin-fresh", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "settings-fresh"))
    void aClinicThatNeverSavedSettingsReadsTheDefaultsAtVersion0() throws SQLException {
        given().when().get(CLINIC)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .header("ETag", "\"0\"")
                .body("id", nullValue())
                .body("version", equalTo(0))
                .body("createdAt", nullValue())
                .body("updatedAt", nullValue())
                .body("name", equalTo("settings-fresh"))
                .body("timeZone", equalTo("UTC"))
                .body("jurisdiction", nullValue())
                .body("cancellationWindowHours", equalTo(24))
                .body("slotStepMinutes", equalTo(15))
                .body("currency", equalTo("USD"));
        // Reading is no change: nothing is stored.
        assertThat(rows("settings-fresh")).isZero();
    }

    @Test
    @TestSecurity(user = "admin-first", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "settings-first"))
    void theFirstReplaceStoresTheRowAndIfMatchProtectsEveryLaterOne() throws SQLException {
        Response stored = given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(northside())
                .when().put(CLINIC)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("id", notNullValue())
                .body("version", equalTo(1))
                .body("name", equalTo("Northside Physio & Massage"))
                .body("timeZone", equalTo("America/New_York"))
                .body("jurisdiction", equalTo("US-FL"))
                .body("cancellationWindowHours", equalTo(48))
                .body("slotStepMinutes", equalTo(30))
                .body("currency", equalTo("USD"))
                .body("createdAt", notNullValue())
                .extract().response();
        assertThat(rows("settings-first")).isEqualTo(1);

        given().when().get(CLINIC)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("id", equalTo(stored.path("id")))
                .body("timeZone", equalTo("America/New_York"));

        // Someone still holding the defaults' ETag must not overwrite what was stored meanwhile.
        Map<String, Object> stale = northside();
        stale.put("timeZone", "Europe/London");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(stale)
                .when().put(CLINIC)
                .then().statusCode(412)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/precondition-failed"));
        given().when().get(CLINIC).then().body("timeZone", equalTo("America/New_York")).header("ETag", "\"1\"");

        // Whole resource: omitted optional fields go back to their defaults; no If-Match is unconditional.
        Response replaced = given().contentType(ContentType.JSON)
                .body(Map.of("name", "  Northside  ", "timeZone", "America/Chicago"))
                .when().put(CLINIC)
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("id", equalTo(stored.path("id")))
                .body("name", equalTo("Northside"))
                .body("timeZone", equalTo("America/Chicago"))
                .body("jurisdiction", nullValue())
                .body("cancellationWindowHours", equalTo(24))
                .body("slotStepMinutes", equalTo(15))
                .body("currency", equalTo("USD"))
                .extract().response();
        assertThat((String) replaced.path("updatedAt")).isNotEqualTo(replaced.path("createdAt"));
        assertThat(rows("settings-first")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "admin-stale", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "settings-stale"))
    void aStaleIfMatchOnTheDefaultsStoresNothing() throws SQLException {
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(northside())
                .when().put(CLINIC)
                .then().statusCode(412)
                .contentType(PROBLEM);
        assertThat(rows("settings-stale")).isZero();
        given().when().get(CLINIC).then().header("ETag", "\"0\"").body("timeZone", equalTo("UTC"));
    }

    /** Two admins saving for the first time at once: one wins with "0", the other is told its ETag is stale. */
    @Test
    @TestSecurity(user = "admin-race", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "settings-race"))
    void concurrentFirstChangesSerialiseOnTheRow() throws Exception {
        int parallel = 8;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            Callable<Integer> put = () -> given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(northside()).when().put(CLINIC).then().extract().statusCode();
            List<Future<Integer>> answers = pool.invokeAll(Collections.nCopies(parallel, put));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 412);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows("settings-race")).isEqualTo(1);
        given().when().get(CLINIC).then().header("ETag", "\"1\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "timeZone|Mars/Olympus_Mons|must be an IANA time zone id, e.g. America/New_York",
            "timeZone|+01:00|must be an IANA time zone id, e.g. America/New_York",
            "timeZone||must not be null",
            "name|'  '|must not be blank",
            "jurisdiction|us-fl|must be an ISO 3166 country code, optionally with its subdivision, e.g. US-FL",
            "jurisdiction|Florida|must be an ISO 3166 country code, optionally with its subdivision, e.g. US-FL",
            "jurisdiction|US-FLOR|must be an ISO 3166 country code, optionally with its subdivision, e.g. US-FL",
            "currency|usd|must be an ISO 4217 currency code in upper case, e.g. USD",
            "currency|ABC|must be an ISO 4217 currency code in upper case, e.g. USD",
            "cancellationWindowHours|-1|must be greater than or equal to 0",
            "cancellationWindowHours|169|must be less than or equal to 168",
            "slotStepMinutes|0|must be one of 5, 6, 10, 12, 15, 20, 30, 60 (minutes that divide an hour)",
            "slotStepMinutes|4|must be one of 5, 6, 10, 12, 15, 20, 30, 60 (minutes that divide an hour)",
            "slotStepMinutes|25|must be one of 5, 6, 10, 12, 15, 20, 30, 60 (minutes that divide an hour)",
            "slotStepMinutes|90|must be one of 5, 6, 10, 12, 15, 20, 30, 60 (minutes that divide an hour)" })
    @TestSecurity(user = "admin-invalid", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "settings-invalid"))
    void invalidSettingsAre400NamingTheField(String field, String value, String message) throws SQLException {
        Map<String, Object> body = northside();
        boolean numeric = field.endsWith("Hours") || field.endsWith("Minutes");
        body.put(field, numeric ? Integer.valueOf(value) : value);
        given().contentType(ContentType.JSON).body(body)
                .when().put(CLINIC)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/validation-failed"))
                .body("errors.field", equalTo(List.of(field)))
                .body("errors[0].message", equalTo(message));
        assertThat(rows("settings-invalid")).isZero();
    }

    @Test
    @TestSecurity(user = "admin-invalid", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "settings-invalid"))
    void wrongTypesAndUnknownFieldsAre400() {
        Map<String, Object> text = northside();
        text.put("slotStepMinutes", "15");
        given().contentType(ContentType.JSON).body(text)
                .when().put(CLINIC).then().statusCode(400).body("errors.field", hasItem("slotStepMinutes"));
        Map<String, Object> typo = northside();
        typo.put("timezone", "Europe/London");
        given().contentType(ContentType.JSON).body(typo)
                .when().put(CLINIC).then().statusCode(400).body("errors.field", hasItem("timezone"));
        given().contentType(ContentType.JSON).when().put(CLINIC).then().statusCode(400).contentType(PROBLEM);
    }

    @ParameterizedTest
    @CsvSource({ "5", "6", "10", "12", "20", "60" })
    @TestSecurity(user = "admin-steps", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "settings-steps"))
    void everyDivisorOfAnHourIsAStep(int step) {
        Map<String, Object> body = northside();
        body.put("slotStepMinutes", step);
        body.put("cancellationWindowHours", step == 60 ? 168 : 0);
        given().contentType(ContentType.JSON).body(body)
                .when().put(CLINIC)
                .then().statusCode(200)
                .body("slotStepMinutes", equalTo(step));
    }

    @Test
    @TestSecurity(user = "admin-audit", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "settings-audit"))
    void changesAreAuditedAndReadsAreNot() throws SQLException {
        given().when().get(CLINIC).then().statusCode(200);
        String id = given().contentType(ContentType.JSON).body(northside())
                .when().put(CLINIC).then().statusCode(200).extract().path("id");
        given().when().get(CLINIC).then().statusCode(200);
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("""
                        select action, resource_type, resource_id::text, subject from audit_event
                        where clinic_id = 'settings-audit' order by occurred_at""")) {
            List<String> rows = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4));
                }
            }
            assertThat(rows).containsExactly("UPDATE|CLINIC_SETTINGS|" + id + "|admin-audit");
        }
    }

    @Test
    void anonymousCallerGets401() {
        given().when().get(CLINIC)
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().contentType(ContentType.JSON).body(northside()).when().put(CLINIC)
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "stray", roles = "clinic-admin")
    void tokenWithoutClinicIs403() {
        given().when().get(CLINIC).then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(northside()).when().put(CLINIC).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "stranger", roles = "offline_access")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "settings-roles"))
    void tokenWithoutAClinicRoleMayNotEvenRead() {
        given().when().get(CLINIC).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "frontdesk-roles", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "settings-roles"))
    void frontDeskReadsButDoesNotChange() throws SQLException {
        readsButDoesNotChange();
    }

    @Test
    @TestSecurity(user = "needling-roles", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "settings-roles"))
    void practitionerReadsButDoesNotChange() throws SQLException {
        readsButDoesNotChange();
    }

    @Test
    @TestSecurity(user = "ehr-sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "settings-roles"))
    void integratorReadsButDoesNotChange() throws SQLException {
        readsButDoesNotChange();
    }

    @Test
    @TestSecurity(user = "patient-roles", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = "settings-roles"),
            @Claim(key = "patient_id", value = "00000000-0000-0000-0000-000000000001") })
    void patientReadsTheTimeZoneButDoesNotChangeIt() throws SQLException {
        readsButDoesNotChange();
    }

    private void readsButDoesNotChange() throws SQLException {
        given().when().get(CLINIC)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("timeZone", equalTo("UTC"));
        given().contentType(ContentType.JSON).body(northside())
                .when().put(CLINIC)
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/forbidden"));
        assertThat(rows("settings-roles")).isZero();
    }

    private int rows(String clinic) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select count(*) from clinic_settings where clinic_id = ?")) {
            q.setString(1, clinic);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
