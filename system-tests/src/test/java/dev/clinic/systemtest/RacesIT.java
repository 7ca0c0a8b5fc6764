package dev.clinic.systemtest;

import static dev.clinic.systemtest.DemoUser.FRONTDESK_HARBOUR;
import static dev.clinic.systemtest.DemoUser.FRONTDESK_NORTHSIDE;
import static dev.clinic.systemtest.DemoUser.NEEDLING_NORTHSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Requests that race each other through the gateway, released together by a latch: the database
 * decides, and the loser of every race gets a problem that says why, never a 500 or a second record.
 * Counts are checked in PostgreSQL as well as through the API.
 */
class RacesIT {

    private static final int RACERS = 8;

    /** N front-desk bookings of one practitioner's slot, each for another eligible patient: one 201, N-1 409. */
    @Test
    void parallelBookingsOfOneSlotBookItOnce() throws Exception {
        String practitioner = Expect.status(Api.as(NEEDLING_NORTHSIDE).get("/practitioners/me"), 200,
                "the demo practitioner").getString("id");
        String type = Bookings.activeType("DRY_NEEDLING");
        Map<String, String> slot = Bookings.someFreeSlot(type, practitioner);
        List<String> patients = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            patients.add(TestPatients.eligibleForNeedling());
        }
        Tokens.of(FRONTDESK_NORTHSIDE);

        List<Response> answers = Parallel.all(RACERS, i -> Api.as(FRONTDESK_NORTHSIDE).contentType(ContentType.JSON)
                .body(Map.of("patientId", patients.get(i), "practitionerId", practitioner, "appointmentTypeId", type,
                        "locationId", slot.get("locationId"), "start", slot.get("start")))
                .post("/appointments"));

        List<Response> booked = withStatus(answers, 201);
        assertThat(booked).as("bookings that won the slot: %s", bodies(answers)).hasSize(1);
        String winner = booked.get(0).path("id");
        for (Response refused : withStatus(answers, 409)) {
            JsonPath problem = Problems.assertProblem(refused, 409);
            assertThat(problem.getString("type")).endsWith("/overlap");
            assertThat(problem.getString("blockingAppointmentId")).as("names the winner").isEqualTo(winner);
        }
        assertThat(withStatus(answers, 409)).as("every other booking refused with 409: %s", bodies(answers))
                .hasSize(RACERS - 1);

        assertThat(count("clinic_bookings_it", "select count(*) from appointment where practitioner_id = cast(? as uuid)"
                + " and start_at = cast(? as timestamptz) and status <> 'CANCELLED'", practitioner, slot.get("start")))
                .as("live appointments in the slot, in PostgreSQL").isEqualTo(1);
        assertThat(count("clinic_bookings_it", "select count(*) from appointment where patient_id = any(cast(? as uuid[]))",
                "{" + String.join(",", patients) + "}"))
                .as("appointments of all racing patients together").isEqualTo(1);
        List<String> listed = Expect.status(Api.as(FRONTDESK_NORTHSIDE).queryParam("practitionerId", practitioner)
                .queryParam("from", slot.get("start"))
                .queryParam("to", Instant.parse(slot.get("start")).plus(1, ChronoUnit.MINUTES).toString())
                .queryParam("status", "BOOKED").get("/appointments"), 200, "appointments in the slot")
                .getList("items.id", String.class);
        assertThat(listed).as("the API lists only the winner in the slot").containsExactly(winner);
    }

    /** N replacements of one patient with the same If-Match: one 200, N-1 412, the version moved by one. */
    @Test
    void parallelUpdatesWithOneETagChangeTheRecordOnce() throws Exception {
        String family = TestPatients.uniqueFamilyName();
        String id = TestPatients.create(FRONTDESK_NORTHSIDE, TestPatients.newPatient(family));
        Response read = Api.as(FRONTDESK_NORTHSIDE).get("/patients/" + id);
        long version = Expect.status(read, 200, "the patient").getLong("version");
        String etag = read.header("ETag");
        assertThat(etag).isEqualTo("\"" + version + "\"");

        // Each racer writes another given name, so the record shows whose write won.
        List<Response> answers = Parallel.all(RACERS, i -> {
            Map<String, Object> body = TestPatients.newPatient(family);
            body.put("givenName", "Racer" + (char) ('A' + i));
            return Api.as(FRONTDESK_NORTHSIDE).header("If-Match", etag).contentType(ContentType.JSON).body(body)
                    .put("/patients/" + id);
        });

        List<Response> won = withStatus(answers, 200);
        assertThat(won).as("replacements that won: %s", bodies(answers)).hasSize(1);
        for (Response stale : withStatus(answers, 412)) {
            Problems.assertProblem(stale, 412);
        }
        assertThat(withStatus(answers, 412)).as("every other replacement refused with 412: %s", bodies(answers))
                .hasSize(RACERS - 1);
        String winnersName = won.get(0).path("givenName");
        assertThat(won.get(0).header("ETag")).isEqualTo("\"" + (version + 1) + "\"");

        Response after = Api.as(FRONTDESK_NORTHSIDE).get("/patients/" + id);
        Expect.status(after, 200, "after the race");
        assertThat(after.header("ETag")).as("version moved by exactly one").isEqualTo("\"" + (version + 1) + "\"");
        assertThat(after.jsonPath().getString("givenName")).as("the winner's write, no other").isEqualTo(winnersName);
        assertThat(count("clinic_patients_it", "select version from patient where id = cast(? as uuid)", id))
                .as("row version in PostgreSQL").isEqualTo(version + 1);
    }

    /**
     * N creates with one Idempotency-Key and one body: one record. Decision: every racer gets the
     * first answer (201, the same id and Location); a late one waits for the first to commit rather
     * than getting a "request in progress" 409, and says it is a repeat with Idempotent-Replayed.
     */
    @Test
    void parallelCreatesWithOneIdempotencyKeyMakeOneRecord() throws Exception {
        String key = "race-" + UUID.randomUUID();
        String family = TestPatients.uniqueFamilyName();
        Map<String, Object> body = TestPatients.newPatient(family);
        Tokens.of(FRONTDESK_NORTHSIDE);

        List<Response> answers = Parallel.all(RACERS, i -> Api.as(FRONTDESK_NORTHSIDE).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/patients"));

        assertThat(answers).as("answers: %s", bodies(answers)).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(201));
        String id = answers.get(0).path("id");
        assertThat(answers).allSatisfy(a -> {
            assertThat((String) a.path("id")).as("the one record's id").isEqualTo(id);
            assertThat(a.header("Location")).isEqualTo("/api/v1/patients/" + id);
            assertThat((String) a.path("familyName")).isEqualTo(family);
        });
        assertThat(answers.stream().filter(a -> a.header("Idempotent-Replayed") == null).count())
                .as("answers that created the record (the others are marked Idempotent-Replayed)").isEqualTo(1);

        assertThat(count("clinic_patients_it", "select count(*) from patient where family_name = ?", family))
                .as("patients stored, in PostgreSQL").isEqualTo(1);
        assertThat(count("clinic_patients_it",
                "select count(*) from idempotency_key where idempotency_key = ? and resource_id = cast(? as uuid)", key, id))
                .as("the key remembers the one record").isEqualTo(1);
        assertThat(Expect.status(Api.as(FRONTDESK_NORTHSIDE).queryParam("q", family).get("/patients"), 200, "search")
                .getList("items.id", String.class)).containsExactly(id);
    }

    /**
     * Northside and harbour race with the same Idempotency-Key and the same body: keys are per
     * clinic, so each clinic gets its own one record, and harbour never sees northside's.
     */
    @Test
    void theSameKeyInAnotherClinicMakesThatClinicsOwnRecord() throws Exception {
        String key = "shared-" + UUID.randomUUID();
        String family = TestPatients.uniqueFamilyName();
        Map<String, Object> body = TestPatients.newPatient(family);
        Tokens.of(FRONTDESK_NORTHSIDE);
        Tokens.of(FRONTDESK_HARBOUR);

        List<Response> answers = Parallel.all(RACERS, i -> Api.as(i % 2 == 0 ? FRONTDESK_NORTHSIDE : FRONTDESK_HARBOUR)
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/patients"));

        assertThat(answers).as("answers: %s", bodies(answers)).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(201));
        List<String> northside = new ArrayList<>();
        List<String> harbour = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            (i % 2 == 0 ? northside : harbour).add(answers.get(i).path("id"));
        }
        assertThat(northside).as("northside's answers name one record").containsOnly(northside.get(0));
        assertThat(harbour).as("harbour's answers name one record").containsOnly(harbour.get(0));
        String northsideId = northside.get(0);
        String harbourId = harbour.get(0);
        assertThat(harbourId).as("harbour got a record of its own").isNotEqualTo(northsideId);
        for (int i = 1; i < RACERS; i += 2) {
            assertThat(answers.get(i).asString()).as("harbour's answer never carries northside's record")
                    .doesNotContain(northsideId);
        }

        assertThat(count("clinic_patients_it", "select count(*) from patient where family_name = ? and clinic_id = 'northside'"
                + " and id = cast(? as uuid)", family, northsideId)).isEqualTo(1);
        assertThat(count("clinic_patients_it", "select count(*) from patient where family_name = ? and clinic_id = 'harbour'"
                + " and id = cast(? as uuid)", family, harbourId)).isEqualTo(1);
        assertThat(count("clinic_patients_it", "select count(*) from patient where family_name = ?", family))
                .as("one record per clinic, in PostgreSQL").isEqualTo(2);
        assertThat(count("clinic_patients_it", "select count(*) from idempotency_key where idempotency_key = ?", key))
                .as("one key per clinic").isEqualTo(2);
        Problems.assertProblem(Api.as(FRONTDESK_HARBOUR).get("/patients/" + northsideId), 404);
        Problems.assertProblem(Api.as(FRONTDESK_NORTHSIDE).get("/patients/" + harbourId), 404);
    }

    private static List<Response> withStatus(List<Response> answers, int status) {
        return answers.stream().filter(a -> a.statusCode() == status).toList();
    }

    private static List<String> bodies(List<Response> answers) {
        return answers.stream().map(a -> a.statusCode() + " " + a.asString()).toList();
    }

    /** The single number a read-only query answers. */
    static long count(String database, String sql, String... parameters) {
        try (Connection connection = Database.connect(database)) {
            connection.setReadOnly(true);
            try (var statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setString(i + 1, parameters[i]);
                }
                try (var rows = statement.executeQuery()) {
                    assertThat(rows.next()).as("a row from %s", sql).isTrue();
                    return rows.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot query " + database, e);
        }
    }
}
