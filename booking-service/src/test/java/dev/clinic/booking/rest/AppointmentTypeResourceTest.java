package dev.clinic.booking.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

/** Appointment types, in clinics of their own: "types-clinic", "types-gbp", "types-list", "types-roles". */
@QuarkusTest
class AppointmentTypeResourceTest {

    static final String TYPES = "/api/v1/appointment-types";
    static final String PROBLEM = LocationResourceTest.PROBLEM;

    @Inject
    DataSource dataSource;

    static Map<String, Object> swedish() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Swedish massage, 60 min");
        body.put("modality", "MASSAGE");
        body.put("massageTechnique", "SWEDISH");
        body.put("durationMinutes", 60);
        body.put("bufferMinutes", 15);
        body.put("priceMinor", 9500);
        body.put("currency", "USD");
        body.put("active", true);
        return body;
    }

    static Map<String, Object> dryNeedling() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Dry needling, 30 min");
        body.put("modality", "DRY_NEEDLING");
        body.put("durationMinutes", 30);
        body.put("priceMinor", 8000);
        return body;
    }

    static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(TYPES)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "admin-types", roles = "clinic-admin")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = "types-clinic"), @Claim(key = "azp", value = "clinic-web") })
    void adminCreatesAndReadsAMassageType() throws SQLException {
        Response created = given().contentType(ContentType.JSON).body(swedish())
                .when().post(TYPES)
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("name", equalTo("Swedish massage, 60 min"))
                .body("modality", equalTo("MASSAGE"))
                .body("massageTechnique", equalTo("SWEDISH"))
                .body("durationMinutes", equalTo(60))
                .body("bufferMinutes", equalTo(15))
                .body("priceMinor", equalTo(9500))
                .body("currency", equalTo("USD"))
                .body("active", equalTo(true))
                .body("createdAt", notNullValue())
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).isEqualTo(TYPES + "/" + id);
        given().when().get(TYPES + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("massageTechnique", equalTo("SWEDISH"));
        assertThat(audit(id)).containsExactly("CREATE|APPOINTMENT_TYPE|admin-types");
    }

    @Test
    @TestSecurity(user = "admin-types", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "types-clinic"))
    void omittedOptionalFieldsTakeTheirDefaultsAndTheClinicsCurrency() {
        // This clinic never saved settings: its currency is the default, USD.
        given().contentType(ContentType.JSON).body(dryNeedling())
                .when().post(TYPES)
                .then().statusCode(201)
                .body("massageTechnique", nullValue())
                .body("bufferMinutes", equalTo(0))
                .body("currency", equalTo("USD"))
                .body("active", equalTo(true));
    }

    @Test
    @TestSecurity(user = "admin-gbp", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "types-gbp"))
    void withoutACurrencyATypeIsPricedInTheClinicsCurrency() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Harbour Physio", "timeZone", "Europe/London", "currency", "GBP"))
                .when().put(ClinicSettingsResourceTest.CLINIC).then().statusCode(200);
        String id = given().contentType(ContentType.JSON).body(dryNeedling())
                .when().post(TYPES)
                .then().statusCode(201)
                .body("currency", equalTo("GBP"))
                .extract().path("id");
        // An explicit currency wins, also on replace; omitting it again takes the clinic's.
        Map<String, Object> euro = dryNeedling();
        euro.put("currency", "EUR");
        given().contentType(ContentType.JSON).body(euro).when().put(TYPES + "/" + id)
                .then().statusCode(200).body("currency", equalTo("EUR"));
        given().contentType(ContentType.JSON).body(dryNeedling()).when().put(TYPES + "/" + id)
                .then().statusCode(200).body("currency", equalTo("GBP"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MASSAGE||massageTechnique|is required when modality is MASSAGE",
            "DRY_NEEDLING|SWEDISH|massageTechnique|must be absent unless modality is MASSAGE",
            "ACUPUNCTURE||modality|must be one of: DRY_NEEDLING, MASSAGE",
            "MASSAGE|SHIATSU|massageTechnique|must be one of: CRANIOSACRAL, MYOFASCIAL_RELEASE, NEUROMUSCULAR, SWEDISH" })
    @TestSecurity(user = "admin-types", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "types-clinic"))
    void aTechniqueBelongsToMassageOnly(String modality, String technique, String field, String message) {
        Map<String, Object> body = swedish();
        body.put("modality", modality);
        body.put("massageTechnique", technique);
        given().contentType(ContentType.JSON).body(body)
                .when().post(TYPES)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of(field)))
                .body("errors[0].message", equalTo(message));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "durationMinutes|4|must be greater than or equal to 5",
            "durationMinutes|481|must be less than or equal to 480",
            "durationMinutes||must not be null",
            "bufferMinutes|-1|must be greater than or equal to 0",
            "bufferMinutes|121|must be less than or equal to 120",
            "priceMinor|-1|must be greater than or equal to 0",
            "priceMinor||must not be null",
            "currency|usd|must be an ISO 4217 currency code in upper case, e.g. USD",
            "currency|DOLLARS|must be an ISO 4217 currency code in upper case, e.g. USD",
            "name|' '|must not be blank",
            "modality||must not be null" })
    @TestSecurity(user = "admin-types", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "types-clinic"))
    void invalidFieldsAre400NamingThem(String field, String value, String message) {
        Map<String, Object> body = dryNeedling();
        boolean numeric = field.endsWith("Minutes") || field.equals("priceMinor");
        body.put(field, value == null ? null : numeric ? Long.valueOf(value) : value);
        given().contentType(ContentType.JSON).body(body)
                .when().post(TYPES)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of(field)))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    @TestSecurity(user = "admin-types", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "types-clinic"))
    void wrongTypesAndUnknownFieldsAre400() {
        Map<String, Object> fractional = dryNeedling();
        fractional.put("priceMinor", 80.5);
        given().contentType(ContentType.JSON).body(fractional).when().post(TYPES)
                .then().statusCode(400).body("errors.field", hasItem("priceMinor"));
        Map<String, Object> typo = dryNeedling();
        typo.put("price", 8000);
        given().contentType(ContentType.JSON).body(typo).when().post(TYPES)
                .then().statusCode(400).body("errors.field", hasItem("price"));
    }

    /** The database keeps the pairing too, whatever writes to it. */
    @Test
    void theDatabaseRefusesATechniqueWithoutMassage() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into appointment_type (id, clinic_id, version, created_at, updated_at, name, modality,
                            massage_technique, duration_minutes, buffer_minutes, price_minor, currency, active)
                        values (?, 'types-clinic', 0, now(), now(), 'Odd', 'DRY_NEEDLING', 'SWEDISH', 30, 0, 0, 'USD', true)""")) {
            insert.setObject(1, UUID.randomUUID());
            assertThatThrownBy(insert::executeUpdate).hasMessageContaining("appointment_type_technique_iff_massage");
        }
    }

    @Test
    @TestSecurity(user = "admin-types", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "types-clinic"))
    void replaceHonoursIfMatchAndDeactivates() throws SQLException {
        String id = create(swedish());
        Map<String, Object> longer = swedish();
        longer.put("name", "Swedish massage, 90 min");
        longer.put("durationMinutes", 90);
        longer.put("priceMinor", 13000);
        longer.put("active", false);
        Response updated = given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(longer)
                .when().put(TYPES + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("durationMinutes", equalTo(90))
                .body("priceMinor", equalTo(13000))
                .body("active", equalTo(false))
                .extract().response();
        assertThat((String) updated.path("updatedAt")).isNotEqualTo(updated.path("createdAt"));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(swedish())
                .when().put(TYPES + "/" + id)
                .then().statusCode(412)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/precondition-failed"));
        given().when().get(TYPES + "/" + id).then().body("durationMinutes", equalTo(90));

        Map<String, Object> invalid = swedish();
        invalid.remove("massageTechnique");
        given().contentType(ContentType.JSON).body(invalid).when().put(TYPES + "/" + id)
                .then().statusCode(400).body("errors.field", equalTo(List.of("massageTechnique")));

        // Switching modality is a whole replace: the technique goes with it.
        given().contentType(ContentType.JSON).body(dryNeedling()).when().put(TYPES + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("modality", equalTo("DRY_NEEDLING"))
                .body("massageTechnique", nullValue())
                .body("active", equalTo(true));
        assertThat(audit(id)).containsExactly("CREATE|APPOINTMENT_TYPE|admin-types",
                "UPDATE|APPOINTMENT_TYPE|admin-types", "UPDATE|APPOINTMENT_TYPE|admin-types");
    }

    @Test
    @TestSecurity(user = "admin-types", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "types-clinic"))
    void unknownAndForeignTypesAre404() throws SQLException {
        UUID unknown = UUID.randomUUID();
        UUID foreign = insertType("types-other", "MASSAGE", "CRANIOSACRAL", true);
        for (UUID id : List.of(unknown, foreign)) {
            given().when().get(TYPES + "/" + id)
                    .then().statusCode(404)
                    .contentType(PROBLEM)
                    .body("detail", equalTo("Appointment type " + id + " was not found"));
            given().contentType(ContentType.JSON).body(swedish()).when().put(TYPES + "/" + id)
                    .then().statusCode(404).contentType(PROBLEM);
        }
        given().when().get(TYPES + "?limit=200").then().body("items.id", not(hasItem(foreign.toString())));
    }

    @Test
    @TestSecurity(user = "admin-types", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "types-clinic"))
    void idempotencyKeyReplaysTheFirstType() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = swedish();
        body.put("name", "Idempotent " + key);
        Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(TYPES).then().statusCode(201).extract().response();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(TYPES)
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")));
        body.put("priceMinor", 1);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(TYPES)
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/idempotency-key-reused"));
        List<String> names = given().when().get(TYPES + "?limit=200").then().extract().path("items.name");
        assertThat(names).containsOnlyOnce("Idempotent " + key);
    }

    @Test
    @TestSecurity(user = "admin-list", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "types-list"))
    void listsFilterByModalityAndActiveAndPage() throws SQLException {
        String needling = insertType("types-list", "DRY_NEEDLING", null, true).toString();
        String swedish = insertType("types-list", "MASSAGE", "SWEDISH", true).toString();
        String retired = insertType("types-list", "MASSAGE", "NEUROMUSCULAR", false).toString();

        given().when().get(TYPES).then().statusCode(200).body("items.id", equalTo(List.of(needling, swedish, retired)));
        given().when().get(TYPES + "?modality=MASSAGE").then().body("items.id", equalTo(List.of(swedish, retired)));
        given().when().get(TYPES + "?active=true").then().body("items.id", equalTo(List.of(needling, swedish)));
        given().when().get(TYPES + "?active=false&modality=MASSAGE").then().body("items.id", equalTo(List.of(retired)));
        given().when().get(TYPES + "?modality=DRY_NEEDLING&active=false").then().body("items", equalTo(List.of()));

        Response page = given().when().get(TYPES + "?modality=MASSAGE&limit=1").then().extract().response();
        assertThat((List<String>) page.path("items.id")).containsExactly(swedish);
        String next = page.path("nextCursor");
        assertThat(page.header("Link"))
                .isEqualTo("<" + TYPES + "?modality=MASSAGE&limit=1&cursor=" + next + ">; rel=\"next\"");
        given().when().get(TYPES + "?modality=MASSAGE&limit=1&cursor=" + next)
                .then().body("items.id", equalTo(List.of(retired))).body("nextCursor", nullValue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "modality=ACUPUNCTURE|modality", "active=yes|active", "limit=201|limit", "updatedSince=today|updatedSince" })
    @TestSecurity(user = "admin-list", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "types-list"))
    void badListParametersAre400NamingTheParameter(String query, String field) {
        given().when().get(TYPES + "?" + query)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void anonymousCallerGets401() {
        given().when().get(TYPES).then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().when().get(TYPES + "/" + UUID.randomUUID()).then().statusCode(401).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(swedish()).when().post(TYPES).then().statusCode(401);
        given().contentType(ContentType.JSON).body(swedish()).when().put(TYPES + "/" + UUID.randomUUID())
                .then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "stray", roles = "clinic-admin")
    void tokenWithoutClinicIs403() {
        given().when().get(TYPES).then().statusCode(403).contentType(PROBLEM);
        given().when().get(TYPES + "/" + UUID.randomUUID()).then().statusCode(403);
        given().contentType(ContentType.JSON).body(swedish()).when().post(TYPES).then().statusCode(403);
        given().contentType(ContentType.JSON).body(swedish()).when().put(TYPES + "/" + UUID.randomUUID())
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "stranger", roles = "offline_access")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "types-roles"))
    void tokenWithoutAClinicRoleMayNotEvenRead() {
        given().when().get(TYPES).then().statusCode(403).contentType(PROBLEM);
        given().when().get(TYPES + "/" + UUID.randomUUID()).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "frontdesk-types", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "types-roles"))
    void frontDeskReadsEveryTypeButChangesNone() throws SQLException {
        staffReadsEveryTypeButChangesNone();
    }

    @Test
    @TestSecurity(user = "needling-types", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "types-roles"))
    void practitionerReadsEveryTypeButChangesNone() throws SQLException {
        staffReadsEveryTypeButChangesNone();
    }

    @Test
    @TestSecurity(user = "ehr-sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "types-roles"))
    void integratorReadsEveryTypeButChangesNone() throws SQLException {
        staffReadsEveryTypeButChangesNone();
    }

    /** An inactive type is no longer offered: for a patient it does not exist, in reads, lists and sync alike. */
    @Test
    @TestSecurity(user = "patient-types", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = "types-roles"),
            @Claim(key = "patient_id", value = "00000000-0000-0000-0000-000000000001") })
    void patientReadsActiveTypesOnlyAndChangesNone() throws SQLException {
        String active = insertType("types-roles", "MASSAGE", "MYOFASCIAL_RELEASE", true).toString();
        String inactive = insertType("types-roles", "DRY_NEEDLING", null, false).toString();
        given().when().get(TYPES + "/" + active).then().statusCode(200).header("ETag", "\"0\"");
        given().when().get(TYPES + "/" + inactive)
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("detail", equalTo("Appointment type " + inactive + " was not found"));
        for (String query : List.of("?limit=200", "?limit=200&updatedSince=2000-01-01T00:00:00Z",
                "?limit=200&active=true", "?limit=200&modality=DRY_NEEDLING")) {
            List<String> ids = given().when().get(TYPES + query).then().statusCode(200).extract().path("items.id");
            assertThat(ids).as(query).doesNotContain(inactive);
            if (!query.contains("DRY_NEEDLING")) {
                assertThat(ids).as(query).contains(active);
            }
        }
        given().when().get(TYPES + "?active=false").then().statusCode(200).body("items", equalTo(List.of()));
        forbiddenToChange(active);
    }

    private void staffReadsEveryTypeButChangesNone() throws SQLException {
        String active = insertType("types-roles", "MASSAGE", "CRANIOSACRAL", true).toString();
        String inactive = insertType("types-roles", "DRY_NEEDLING", null, false).toString();
        given().when().get(TYPES + "/" + inactive).then().statusCode(200).body("active", equalTo(false));
        given().when().get(TYPES + "/" + UUID.randomUUID()).then().statusCode(404);
        given().when().get(TYPES + "?limit=200").then().statusCode(200)
                .body("items.id", hasItem(active)).body("items.id", hasItem(inactive));
        given().when().get(TYPES + "?active=false&limit=200").then().body("items.id", hasItem(inactive));
        forbiddenToChange(active);
    }

    private void forbiddenToChange(String id) {
        given().contentType(ContentType.JSON).body(swedish()).when().post(TYPES)
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/forbidden"));
        given().contentType(ContentType.JSON).body(swedish()).when().put(TYPES + "/" + id)
                .then().statusCode(403).contentType(PROBLEM);
        given().when().get(TYPES + "/" + id).then().statusCode(200).body("version", equalTo(0));
    }

    private UUID insertType(String clinic, String modality, String technique, boolean active) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into appointment_type (id, clinic_id, version, created_at, updated_at, name, modality,
                            massage_technique, duration_minutes, buffer_minutes, price_minor, currency, active)
                        values (?, ?, 0, clock_timestamp(), clock_timestamp(), ?, ?, ?, 45, 10, 7500, 'USD', ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, clinic);
            insert.setString(3, "Seeded " + modality + " " + id);
            insert.setString(4, modality);
            insert.setString(5, technique);
            insert.setBoolean(6, active);
            insert.executeUpdate();
        }
        return id;
    }

    private List<String> audit(String id) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("""
                        select action, resource_type, subject from audit_event where resource_id = ? order by occurred_at""")) {
            q.setObject(1, UUID.fromString(id));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3));
                }
            }
        }
        return rows;
    }
}
