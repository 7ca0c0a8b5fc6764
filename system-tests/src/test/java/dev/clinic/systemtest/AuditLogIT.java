package dev.clinic.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit log API end to end: what front desk, a practitioner and a caller of the wrong clinic do
 * is found by northside's admin in {@code GET /api/v1/audit-events} (merged by the gateway from
 * all three services), by patient, actor, action, outcome and time range, page by page; harbour's
 * admin sees none of it; nobody else may read it; and the rows cannot be changed in the database.
 */
class AuditLogIT {

    static final String EVENTS = "/audit-events";

    static Instant before;
    static Instant after;
    static String patient;
    static String harbourPatient;
    static String frontDesk;
    static String practitioner;
    static String readRequest;
    static String crossClinicRequest;
    static String forbiddenRequest;

    @BeforeAll
    static void northsideWorksAndTriesWhatItMayNot() {
        frontDesk = subject(DemoUser.FRONTDESK_NORTHSIDE);
        practitioner = subject(DemoUser.NEEDLING_NORTHSIDE);
        harbourPatient = TestPatients.create(DemoUser.FRONTDESK_HARBOUR);
        // the services run on this machine's clock: each event of the run is at or after this
        before = Instant.now();

        patient = TestPatients.create(DemoUser.FRONTDESK_NORTHSIDE);
        readRequest = "audit-it-read-" + UUID.randomUUID();
        Response read = Api.as(DemoUser.FRONTDESK_NORTHSIDE).header(Api.REQUEST_ID, readRequest).get("/patients/" + patient);
        assertThat(read.statusCode()).isEqualTo(200);
        Map<String, Object> changed = new LinkedHashMap<>(TestPatients.newPatient());
        Response update = Api.as(DemoUser.FRONTDESK_NORTHSIDE).header("If-Match", read.header("ETag"))
                .contentType(ContentType.JSON).body(changed).put("/patients/" + patient);
        assertThat(update.statusCode()).as("change: %s", update.asString()).isEqualTo(200);

        crossClinicRequest = "audit-it-cross-" + UUID.randomUUID();
        Problems.assertProblem(Api.as(DemoUser.FRONTDESK_NORTHSIDE).header(Api.REQUEST_ID, crossClinicRequest)
                .get("/patients/" + harbourPatient), 404);
        forbiddenRequest = "audit-it-forbidden-" + UUID.randomUUID();
        Problems.assertProblem(Api.as(DemoUser.NEEDLING_NORTHSIDE).header(Api.REQUEST_ID, forbiddenRequest)
                .contentType(ContentType.JSON).body(Map.of("name", "Not mine to add " + UUID.randomUUID()))
                .post("/locations"), 403);
        // ...and before this, while the reads of the log the tests do come after it
        after = Instant.now().plusMillis(1);
    }

    /** The token's subject, which the audit log names as the actor. */
    static String subject(DemoUser user) {
        try {
            String payload = Tokens.of(user).split("\\.")[1];
            JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(payload));
            return claims.path("sub").asText(claims.path("preferred_username").asText());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every event of one query, following nextCursor page by page (and the Link header with it). */
    static List<JsonNode> allPages(DemoUser reader, Map<String, Object> query, int limit) {
        List<JsonNode> events = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 500; pages++) {
            var request = Api.as(reader).queryParams(query).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(EVENTS);
            assertThat(page.statusCode()).as("audit events %s: %s", query, page.asString()).isEqualTo(200);
            JsonNode body = json(page);
            assertThat(body.path("items").size()).isLessThanOrEqualTo(limit);
            body.path("items").forEach(events::add);
            cursor = body.path("nextCursor").isNull() ? null : body.path("nextCursor").asText();
            if (cursor == null) {
                assertThat(page.header("Link")).isNull();
                return events;
            }
            assertThat(page.header("Link")).contains("cursor=" + cursor).endsWith("rel=\"next\"");
        }
        throw new AssertionError("more than 500 pages");
    }

    static JsonNode json(Response response) {
        try {
            return new ObjectMapper().readTree(response.asString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> query(Object... keysAndValues) {
        Map<String, Object> query = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            query.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        query.putIfAbsent("from", before.toString());
        query.putIfAbsent("to", after.toString());
        return query;
    }

    static List<String> summary(List<JsonNode> events) {
        return events.stream().map(e -> String.join("|", e.path("service").asText(), e.path("action").asText(),
                e.path("resourceType").asText(), e.path("outcome").asText(), e.path("status").asText())).toList();
    }

    @Test
    void aPatientsReadsAndChangesAreFoundByPatient() {
        List<JsonNode> events = allPages(DemoUser.ADMIN_NORTHSIDE, query("patientId", patient), 50);
        assertThat(summary(events)).containsExactly(
                "patient-service|UPDATE|PATIENT|SUCCESS|null",
                "patient-service|READ|PATIENT|SUCCESS|null",
                "patient-service|CREATE|PATIENT|SUCCESS|null");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.path("actor").path("subject").asText()).isEqualTo(frontDesk);
            assertThat(event.path("resourceId").asText()).isEqualTo(patient);
            assertThat(event.path("patientId").asText()).isEqualTo(patient);
        });
        assertThat(events.get(1).path("requestId").asText()).isEqualTo(readRequest);
    }

    @Test
    void anotherClinicsPatientTriedIsADeniedEventOfTheCallersClinic() {
        List<JsonNode> events = allPages(DemoUser.ADMIN_NORTHSIDE, query("patientId", harbourPatient), 50);
        assertThat(summary(events)).containsExactly("patient-service|READ|PATIENT|DENIED|404");
        JsonNode denied = events.get(0);
        assertThat(denied.path("actor").path("subject").asText()).isEqualTo(frontDesk);
        assertThat(denied.path("method").asText()).isEqualTo("GET");
        assertThat(denied.path("path").asText()).isEqualTo("/api/v1/patients/" + harbourPatient);
        assertThat(denied.path("resourceId").asText()).isEqualTo(harbourPatient);
        assertThat(denied.path("requestId").asText()).isEqualTo(crossClinicRequest);

        // harbour's own log has harbour's creation of it, and not northside's attempt
        List<JsonNode> harbours = allPages(DemoUser.ADMIN_HARBOUR,
                query("patientId", harbourPatient, "from", before.minus(1, ChronoUnit.HOURS).toString()), 50);
        assertThat(summary(harbours)).containsExactly("patient-service|CREATE|PATIENT|SUCCESS|null");
    }

    @Test
    void aForbiddenOperationIsFoundByActorAndOutcome() {
        List<JsonNode> events = allPages(DemoUser.ADMIN_NORTHSIDE, query("actor", practitioner, "outcome", "DENIED"), 50);
        assertThat(events).anySatisfy(event -> {
            assertThat(event.path("service").asText()).isEqualTo("booking-service");
            assertThat(event.path("status").asInt()).isEqualTo(403);
            assertThat(event.path("method").asText()).isEqualTo("POST");
            assertThat(event.path("path").asText()).isEqualTo("/api/v1/locations");
            assertThat(event.path("action").asText()).isEqualTo("CREATE");
            assertThat(event.path("resourceType").asText()).isEqualTo("LOCATION");
            assertThat(event.path("requestId").asText()).isEqualTo(forbiddenRequest);
        });
        assertThat(events).allSatisfy(event -> {
            assertThat(event.path("outcome").asText()).isEqualTo("DENIED");
            assertThat(event.path("actor").path("subject").asText()).isEqualTo(practitioner);
        });
    }

    @Test
    void filtersByActionAndOutcomeAndTimeRange() {
        List<JsonNode> updates = allPages(DemoUser.ADMIN_NORTHSIDE, query("actor", frontDesk, "action", "UPDATE"), 50);
        assertThat(updates).isNotEmpty().allSatisfy(event -> assertThat(event.path("action").asText()).isEqualTo("UPDATE"));
        assertThat(updates).anySatisfy(event -> assertThat(event.path("resourceId").asText()).isEqualTo(patient));

        List<JsonNode> denied = allPages(DemoUser.ADMIN_NORTHSIDE, query("outcome", "DENIED"), 50);
        assertThat(denied).allSatisfy(event -> assertThat(event.path("outcome").asText()).isEqualTo("DENIED"));
        assertThat(denied.stream().map(event -> event.path("requestId").asText()))
                .contains(crossClinicRequest, forbiddenRequest);

        // a range that ends before all of it finds none of it
        List<JsonNode> earlier = allPages(DemoUser.ADMIN_NORTHSIDE,
                query("patientId", patient, "from", before.minus(1, ChronoUnit.HOURS).toString(), "to", before.toString()), 50);
        assertThat(earlier).isEmpty();
        // every event lies in the range asked for
        assertThat(allPages(DemoUser.ADMIN_NORTHSIDE, query("actor", frontDesk), 200)).allSatisfy(event -> {
            Instant at = Instant.parse(event.path("occurredAt").asText());
            assertThat(at).isAfterOrEqualTo(before).isBefore(after);
        });
    }

    @Test
    void cursorsLeadThroughEveryEventOnceNewestFirst() {
        Map<String, Object> everythingOfTheRun = query();
        List<String> onePage = allPages(DemoUser.ADMIN_NORTHSIDE, everythingOfTheRun, 200).stream()
                .map(event -> event.path("id").asText()).toList();
        assertThat(onePage).hasSizeGreaterThanOrEqualTo(5);
        for (int limit : new int[] { 1, 2, 3 }) {
            List<JsonNode> paged = allPages(DemoUser.ADMIN_NORTHSIDE, everythingOfTheRun, limit);
            List<String> ids = paged.stream().map(event -> event.path("id").asText()).toList();
            // reading the log is audited too, but those events come after the range
            assertThat(ids).as("limit %d", limit).containsExactlyElementsOf(onePage);
            assertThat(new HashSet<>(ids)).hasSize(ids.size());
            for (int i = 1; i < paged.size(); i++) {
                Instant newer = Instant.parse(paged.get(i - 1).path("occurredAt").asText());
                Instant older = Instant.parse(paged.get(i).path("occurredAt").asText());
                assertThat(older).isBeforeOrEqualTo(newer);
            }
        }
        // events of all three services are in the one list
        assertThat(allPages(DemoUser.ADMIN_NORTHSIDE, everythingOfTheRun, 200).stream()
                .map(event -> event.path("service").asText()).distinct())
                .contains("patient-service", "booking-service");
    }

    @Test
    void harboursAdminSeesNoneOfNorthsidesEvents() {
        List<JsonNode> northside = allPages(DemoUser.ADMIN_NORTHSIDE, query(), 200);
        List<JsonNode> harbour = allPages(DemoUser.ADMIN_HARBOUR, query(), 200);
        Set<String> northsideIds = new HashSet<>(northside.stream().map(event -> event.path("id").asText()).toList());
        assertThat(harbour).noneSatisfy(event -> assertThat(northsideIds).contains(event.path("id").asText()));
        assertThat(allPages(DemoUser.ADMIN_HARBOUR, query("patientId", patient), 50)).isEmpty();
        assertThat(allPages(DemoUser.ADMIN_HARBOUR, query("actor", frontDesk), 50)).isEmpty();
        assertThat(allPages(DemoUser.ADMIN_HARBOUR, query("actor", practitioner), 50)).isEmpty();
    }

    @Test
    void nobodyButAClinicAdminReadsTheLog() {
        for (DemoUser user : List.of(DemoUser.FRONTDESK_NORTHSIDE, DemoUser.NEEDLING_NORTHSIDE,
                DemoUser.MASSAGE_NORTHSIDE, DemoUser.PATIENT_NORTHSIDE)) {
            Problems.assertProblem(Api.as(user).get(EVENTS), 403);
        }
        Problems.assertProblem(Api.asEhrSync().get(EVENTS), 403);
        Problems.assertProblem(Api.anonymous().get(EVENTS), 401);
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        Problems.assertInvalidField(Api.as(DemoUser.ADMIN_NORTHSIDE).queryParam("patientId", "42").get(EVENTS), "patientId");
        Problems.assertInvalidField(Api.as(DemoUser.ADMIN_NORTHSIDE).queryParam("outcome", "MAYBE").get(EVENTS), "outcome");
        Problems.assertInvalidField(Api.as(DemoUser.ADMIN_NORTHSIDE).queryParam("limit", 201).get(EVENTS), "limit");
        Problems.assertInvalidField(Api.as(DemoUser.ADMIN_NORTHSIDE).queryParam("cursor", "forged").get(EVENTS), "cursor");
        Problems.assertInvalidField(Api.as(DemoUser.ADMIN_NORTHSIDE)
                .queryParam("from", "2026-03-05T00:00:00Z").queryParam("to", "2026-03-04T00:00:00Z").get(EVENTS), "to");
    }

    @Test
    void aRequestWithoutAValidTokenIsInNoClinicsLog() throws SQLException {
        String requestId = "audit-it-401-" + UUID.randomUUID();
        Problems.assertProblem(Api.withToken("not.a.token").header(Api.REQUEST_ID, requestId)
                .get("/patients/" + patient), 401);
        for (String database : Database.SERVICE_DATABASES) {
            try (Connection connection = Database.connect(database);
                    PreparedStatement query = connection.prepareStatement(
                            "select count(*) from audit_event where request_id = ?")) {
                query.setString(1, requestId);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    assertThat(rows.getInt(1)).as(database).isZero();
                }
            }
        }
    }

    @Test
    void auditRowsCannotBeChangedOrDeletedInTheDatabase() throws SQLException {
        try (Connection connection = Database.connect("clinic_patients_it")) {
            connection.setAutoCommit(true);
            assertThatThrownBy(() -> connection.createStatement().executeUpdate(
                    "update audit_event set action = 'NOTHING', outcome = 'DENIED' where patient_id = '" + patient + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> connection.createStatement().executeUpdate(
                    "delete from audit_event where patient_id = '" + patient + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> connection.createStatement().executeUpdate(
                    "delete from audit_event where request_id = '" + crossClinicRequest + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> connection.createStatement().executeUpdate("truncate audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        // and the log still says what happened
        assertThat(allPages(DemoUser.ADMIN_NORTHSIDE, query("patientId", patient), 50)).hasSize(3);
        assertThat(allPages(DemoUser.ADMIN_NORTHSIDE, query("patientId", harbourPatient), 50)).hasSize(1);
    }
}
