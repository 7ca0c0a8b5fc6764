package dev.clinic.patient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.clinic.patient.TestPatients;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * GET /api/v1/audit-events of one service (the platform's resource): clinic admins only, filters,
 * newest-first keyset paging, 400s naming the parameter; and the DENIED rows every 403 and 404
 * leaves in the caller's clinic, even when the use case failed.
 */
@QuarkusTest
class AuditEventsTest {

    static final String EVENTS = "/api/v1/audit-events";
    static final String CLINIC = "audit-api";
    static final String OTHER_CLINIC = "audit-api-other";

    @Inject
    DataSource dataSource;

    /** Rows straight into the table, so times and ids are known; returns them newest first. */
    private List<Map<String, Object>> seed(String subject, int count, Instant start, boolean sameTime) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into audit_event (id, clinic_id, occurred_at, subject, client_id, action, resource_type,
                                                 resource_id, patient_id, outcome, request_id, http_method, path, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                Instant at = sameTime ? start : start.plus(i, ChronoUnit.SECONDS);
                boolean denied = i % 3 == 2;
                insert.setObject(1, id);
                insert.setString(2, CLINIC);
                insert.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                insert.setString(4, subject);
                insert.setString(5, "client-" + subject);
                insert.setString(6, i % 2 == 0 ? "READ" : "UPDATE");
                insert.setString(7, "PATIENT");
                insert.setObject(8, null);
                insert.setObject(9, null);
                insert.setString(10, denied ? "DENIED" : "SUCCESS");
                insert.setString(11, "seed-" + i);
                insert.setString(12, denied ? "GET" : null);
                insert.setString(13, denied ? "/api/v1/patients" : null);
                insert.setObject(14, denied ? 403 : null);
                insert.executeUpdate();
                Map<String, Object> row = new HashMap<>();
                row.put("id", id.toString());
                row.put("at", at);
                row.put("action", i % 2 == 0 ? "READ" : "UPDATE");
                row.put("outcome", denied ? "DENIED" : "SUCCESS");
                rows.add(row);
            }
        }
        // PostgreSQL orders uuids byte by byte, as their lower-case text sorts
        rows.sort(Comparator.<Map<String, Object>, Instant>comparing(r -> (Instant) r.get("at"))
                .thenComparing(r -> (String) r.get("id")).reversed());
        return rows;
    }

    private static List<String> ids(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> (String) r.get("id")).toList();
    }

    /** Every page of a query, following nextCursor (and checking the Link header says the same). */
    private static List<String> allPages(Map<String, Object> query, int limit) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 50; pages++) {
            var request = given().queryParams(query).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get(EVENTS).then().statusCode(200).extract().response();
            List<String> items = page.path("items.id");
            assertThat(items.size()).isLessThanOrEqualTo(limit);
            seen.addAll(items);
            cursor = page.path("nextCursor");
            if (cursor == null) {
                assertThat(page.header("Link")).isNull();
                return seen;
            }
            assertThat(page.header("Link")).contains("cursor=" + cursor).contains("rel=\"next\"");
        }
        throw new AssertionError("more than 50 pages");
    }

    @Test
    @TestSecurity(user = "admin-audit", roles = "clinic-admin")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "azp", value = "clinic-web") })
    void filtersCombineAndPagesFollowEachOtherWithoutGapsOrRepeats() throws SQLException {
        String subject = "seed-" + UUID.randomUUID();
        Instant start = Instant.parse("2026-01-10T08:00:00Z");
        List<Map<String, Object>> rows = seed(subject, 7, start, false);
        // four more at one instant: the id decides their order, and pages may split them
        rows.addAll(seed(subject, 4, start.plus(3, ChronoUnit.SECONDS).plusNanos(500_000), true));
        rows.sort(Comparator.<Map<String, Object>, Instant>comparing(r -> (Instant) r.get("at"))
                .thenComparing(r -> (String) r.get("id")).reversed());

        assertThat(allPages(Map.of("actor", subject), 2)).containsExactlyElementsOf(ids(rows));
        assertThat(allPages(Map.of("actor", "client-" + subject), 3)).as("actor matches the client id too")
                .containsExactlyElementsOf(ids(rows));
        assertThat(allPages(Map.of("actor", subject, "action", "update"), 2)).containsExactlyElementsOf(
                ids(rows.stream().filter(r -> r.get("action").equals("UPDATE")).toList()));
        assertThat(allPages(Map.of("actor", subject, "outcome", "DENIED"), 50)).containsExactlyElementsOf(
                ids(rows.stream().filter(r -> r.get("outcome").equals("DENIED")).toList()));
        // from inclusive, to exclusive
        Instant from = start.plus(2, ChronoUnit.SECONDS);
        Instant to = start.plus(5, ChronoUnit.SECONDS);
        assertThat(allPages(Map.of("actor", subject, "from", from.toString(), "to", to.toString()), 2))
                .containsExactlyElementsOf(ids(rows.stream().filter(r -> !((Instant) r.get("at")).isBefore(from)
                        && ((Instant) r.get("at")).isBefore(to)).toList()));
        assertThat(allPages(Map.of("actor", subject, "resourceType", "SESSION"), 10)).isEmpty();
        assertThat(allPages(Map.of("actor", "nobody-" + UUID.randomUUID()), 10)).isEmpty();

        Response first = given().queryParam("actor", subject).queryParam("limit", 1).when().get(EVENTS)
                .then().statusCode(200).extract().response();
        assertThat(first.<String>path("items[0].service")).isEqualTo("patient-service");
        assertThat(first.<String>path("items[0].actor.subject")).isEqualTo(subject);
        assertThat(first.<String>path("items[0].actor.clientId")).isEqualTo("client-" + subject);
        assertThat(first.<String>path("items[0].occurredAt")).isEqualTo(((Instant) rows.get(0).get("at")).toString());
    }

    @Test
    @TestSecurity(user = "admin-audit", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void aPatientsEventsAndOnlyThisClinicsAreListed() {
        UUID patientId = UUID.randomUUID();
        TestPatients.insert(dataSource, CLINIC, patientId, "Audited", LocalDate.of(1980, 1, 2));
        given().when().get(PatientResourceTest.PATIENTS + "/" + patientId).then().statusCode(200);
        given().queryParam("patientId", patientId.toString()).when().get(EVENTS)
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].action", equalTo("READ"))
                .body("items[0].resourceType", equalTo("PATIENT"))
                .body("items[0].resourceId", equalTo(patientId.toString()))
                .body("items[0].outcome", equalTo("SUCCESS"))
                .body("items[0].actor.subject", equalTo("admin-audit"));
        // another clinic's rows never show
        String foreign = "foreign-" + UUID.randomUUID();
        insertRaw(OTHER_CLINIC, foreign);
        given().queryParam("actor", foreign).when().get(EVENTS).then().statusCode(200).body("items.size()", equalTo(0));
        // reading the audit log is audited as well
        String requestId = "audit-read-" + UUID.randomUUID();
        given().header("X-Request-Id", requestId).when().get(EVENTS).then().statusCode(200);
        given().queryParam("resourceType", "AUDIT_EVENT").queryParam("action", "LIST").when().get(EVENTS)
                .then().statusCode(200).body("items.requestId", hasItem(requestId));
    }

    private void insertRaw(String clinic, String subject) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into audit_event (id, clinic_id, occurred_at, subject, action, resource_type, outcome)
                        values (?, ?, now(), ?, 'READ', 'PATIENT', 'SUCCESS')""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, clinic);
            insert.setString(3, subject);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "patientId  | 42                     | must be a UUID",
            "outcome    | MAYBE                  | must be one of: SUCCESS, DENIED",
            "from       | yesterday              | must be an ISO-8601 instant in UTC, e.g. 2026-03-04T09:30:00Z",
            "to         | 2026-13-01T00:00:00Z   | must be an ISO-8601 instant in UTC, e.g. 2026-03-04T09:30:00Z",
            "limit      | 0                      | must be between 1 and 200",
            "limit      | 201                    | must be between 1 and 200",
            "limit      | many                   | must be a whole number",
            "cursor     | not-a-cursor           | is not a cursor this API issued for this list and ordering",
            "action     | READ; drop table x     | must be a code of letters, digits and _ (at most 64), e.g. READ",
            "resourceType | <script>             | must be a code of letters, digits and _ (at most 64), e.g. READ" })
    @TestSecurity(user = "admin-audit", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void badFilterValuesAre400NamingTheParameter(String parameter, String value, String message) {
        given().queryParam(parameter, value).when().get(EVENTS)
                .then().statusCode(400)
                .contentType(PatientResourceTest.PROBLEM)
                .body("errors.field", equalTo(List.of(parameter)))
                .body("errors.message", equalTo(List.of(message)));
    }

    @Test
    @TestSecurity(user = "admin-audit", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void toMustBeAfterFrom() {
        given().queryParam("from", "2026-03-04T10:00:00Z").queryParam("to", "2026-03-04T10:00:00Z").when().get(EVENTS)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("to")))
                .body("errors.message", equalTo(List.of("must be after from")));
        // a cursor of another list (created-order) is refused too
        String patientsCursor = given().queryParam("limit", 1).when().get(PatientResourceTest.PATIENTS)
                .then().statusCode(200).extract().path("nextCursor");
        if (patientsCursor != null) {
            given().queryParam("cursor", patientsCursor).when().get(EVENTS).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("cursor")));
        }
    }

    @Test
    @TestSecurity(user = "frontdesk-audit", roles = "front-desk")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "azp", value = "clinic-web") })
    void frontDeskIsRefusedAndTheRefusalIsRecorded() throws SQLException {
        String requestId = "denied-" + UUID.randomUUID();
        given().header("X-Request-Id", requestId).when().get(EVENTS)
                .then().statusCode(403).contentType(PatientResourceTest.PROBLEM);
        assertThat(rows("request_id = ?", requestId)).containsExactly(
                CLINIC + "|frontdesk-audit|clinic-web|READ|AUDIT_EVENT|null|null|DENIED|GET|/api/v1/audit-events|403");
    }

    @Test
    @TestSecurity(user = "needling-audit", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void practitionerIsRefused() {
        given().when().get(EVENTS).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ehr-audit", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void integratorIsRefused() {
        given().when().get(EVENTS).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "patient-audit", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC),
            @Claim(key = "patient_id", value = "0b7e5a52-8d1c-4f0e-9d3a-5c1e2f3a4b5c") })
    void patientIsRefused() {
        given().when().get(EVENTS).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "frontdesk-audit", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void anotherClinicsPatientIs404AndRecordedInTheCallersClinicEvenThoughTheChangeFailed() throws SQLException {
        UUID foreign = UUID.randomUUID();
        TestPatients.insert(dataSource, OTHER_CLINIC, foreign, "Foreign", LocalDate.of(1975, 5, 6));
        String read = "cross-read-" + UUID.randomUUID();
        given().header("X-Request-Id", read).when().get(PatientResourceTest.PATIENTS + "/" + foreign)
                .then().statusCode(404);
        String change = "cross-change-" + UUID.randomUUID();
        given().header("X-Request-Id", change).contentType(ContentType.JSON)
                .body(PatientResourceTest.patient("Hijack"))
                .when().put(PatientResourceTest.PATIENTS + "/" + foreign).then().statusCode(404);
        String archive = "cross-archive-" + UUID.randomUUID();
        given().header("X-Request-Id", archive)
                .when().post(PatientResourceTest.PATIENTS + "/" + foreign + "/archive").then().statusCode(404);

        String who = CLINIC + "|frontdesk-audit|null|";
        String target = "|PATIENT|" + foreign + "|" + foreign + "|DENIED|";
        assertThat(rows("request_id = ?", read)).containsExactly(
                who + "READ" + target + "GET|/api/v1/patients/" + foreign + "|404");
        assertThat(rows("request_id = ?", change)).containsExactly(
                who + "UPDATE" + target + "PUT|/api/v1/patients/" + foreign + "|404");
        assertThat(rows("request_id = ?", archive)).containsExactly(
                who + "ARCHIVE" + target + "POST|/api/v1/patients/" + foreign + "/archive|404");
        // nothing in the other clinic's log, and the other clinic's patient is unchanged
        assertThat(rows("clinic_id = ? and patient_id = '" + foreign + "'", OTHER_CLINIC)).isEmpty();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select family_name, archived_at from patient where id = ?")) {
            q.setObject(1, foreign);
            try (ResultSet r = q.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("Foreign");
                assertThat(r.getObject(2)).isNull();
            }
        }
    }

    @Test
    @TestSecurity(user = "frontdesk-audit", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void deniedRowsCannotBeChangedOrDeleted() throws SQLException {
        String requestId = "immutable-" + UUID.randomUUID();
        given().header("X-Request-Id", requestId).when().get(EVENTS).then().statusCode(403);
        assertThat(rows("request_id = ?", requestId)).hasSize(1);
        try (Connection c = dataSource.getConnection()) {
            assertThatThrownBy(() -> c.createStatement().executeUpdate(
                    "update audit_event set status = 200, outcome = 'SUCCESS' where request_id = '" + requestId + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> c.createStatement().executeUpdate(
                    "delete from audit_event where request_id = '" + requestId + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> c.createStatement().executeUpdate("truncate audit_event"))
                    .hasMessageContaining("append-only");
        }
        assertThat(rows("request_id = ?", requestId)).singleElement().asString().endsWith("|403");
    }

    private List<String> rows(String where, String value) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("""
                        select clinic_id, subject, client_id, action, resource_type, resource_id, patient_id, outcome,
                               http_method, path, status
                        from audit_event where %s order by occurred_at""".formatted(where))) {
            q.setString(1, value);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    List<String> columns = new ArrayList<>();
                    for (int i = 1; i <= 11; i++) {
                        columns.add(String.valueOf(r.getObject(i)));
                    }
                    rows.add(String.join("|", columns));
                }
            }
        }
        return rows;
    }
}
