package dev.clinic.session.rest;

import static dev.clinic.session.rest.Sessions.SESSIONS;
import static dev.clinic.session.rest.Sessions.path;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.clinic.session.client.Neighbours;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Idempotency-Key on the three creating POSTs (createSession, amendSession, recordAdverseEvent):
 * a repeat returns the first answer and stores nothing new; the key with another body, or on
 * another path, is 422; a failed request does not use the key up.
 */
@QuarkusTest
@TestSecurity(user = "needling-idem", roles = "practitioner")
@OidcSecurity(claims = { @Claim(key = "clinic_id", value = "idem-clinic"), @Claim(key = "sub", value = "idem") })
class IdempotencyTest {

    static Response post(String key, String path, Object body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).when().post(path);
    }

    static List<String> ids(String path) {
        return given().when().get(path).then().statusCode(200).extract().path("items.id");
    }

    /**
     * Posts {@code body} twice with one key, then a changed body with the same key; {@code list}
     * is the path listing what was created.
     */
    static void repeatIsAnsweredOnce(String path, Map<String, Object> body, Map<String, Object> changed, String list) {
        String key = UUID.randomUUID().toString();
        List<String> before = ids(list);
        Response first = post(key, path, body).then().statusCode(201).extract().response();
        Response again = post(key, path, body).then().statusCode(201).extract().response();
        assertThat((String) again.path("id")).isEqualTo(first.path("id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(ids(list)).hasSize(before.size() + 1).contains((String) first.path("id"));

        Sessions.problem(post(key, path, changed), 422, "idempotency-key-reused");
        assertThat(ids(list)).hasSize(before.size() + 1);
    }

    @Test
    void createSession() {
        String patient = UUID.randomUUID().toString();
        Map<String, Object> changed = Sessions.dryNeedling(patient);
        changed.put("painAfter", 2);
        repeatIsAnsweredOnce(SESSIONS, Sessions.dryNeedling(patient), changed, SESSIONS + "?patientId=" + patient);
    }

    /** The repeat of a draft from an appointment is the first answer, not a 409 session-exists. */
    @Test
    void createSessionFromAnAppointment() {
        UUID patient = UUID.randomUUID();
        UUID appointment = Neighbours.appointment(patient, "CHECKED_IN", "DRY_NEEDLING", null,
                Instant.parse("2026-03-04T14:00:00Z"));
        Map<String, Object> body = Map.of("appointmentId", appointment.toString());
        repeatIsAnsweredOnce(SESSIONS, body, Map.of("appointmentId", appointment.toString(), "painBefore", 5),
                SESSIONS + "?patientId=" + patient);
    }

    @Test
    void amendSession() {
        String session = Sessions.signed(Sessions.signable(UUID.randomUUID().toString()));
        repeatIsAnsweredOnce(path(session, "amendments"), Sessions.lateEntry(),
                Sessions.amendment("Late entry", "Another text."), path(session, "amendments"));
    }

    @Test
    void recordAdverseEvent() {
        String session = Sessions.create(Sessions.signable(UUID.randomUUID().toString()));
        repeatIsAnsweredOnce(path(session, "adverse-events"), Sessions.bruise(),
                Sessions.adverseEvent("BRUISING", "SIGNIFICANT", "2026-03-04T18:00:00Z"), path(session, "adverse-events"));
    }

    /** The same key and body sent to another session's record is another request: 422, not its answer. */
    @ParameterizedTest
    @ValueSource(strings = { "amendments", "adverse-events" })
    void theKeyBelongsToItsPath(String record) {
        String first = Sessions.signed(Sessions.signable(UUID.randomUUID().toString()));
        String second = Sessions.signed(Sessions.signable(UUID.randomUUID().toString()));
        Map<String, Object> body = record.equals("amendments") ? Sessions.lateEntry() : Sessions.bruise();
        String key = UUID.randomUUID().toString();
        post(key, path(first, record), body).then().statusCode(201);
        Sessions.problem(post(key, path(second, record), body), 422, "idempotency-key-reused");
        assertThat(ids(path(second, record))).isEmpty();
    }

    @Test
    void aFailedRequestDoesNotUseTheKeyUp() {
        String session = Sessions.create(Sessions.signable(UUID.randomUUID().toString()));
        String key = UUID.randomUUID().toString();
        Sessions.problem(post(key, path(session, "amendments"), Sessions.lateEntry()), 409, "session-not-signed");
        Sessions.sign(session).then().statusCode(200);
        Response amended = post(key, path(session, "amendments"), Sessions.lateEntry()).then().statusCode(201)
                .extract().response();
        assertThat(amended.header("Idempotent-Replayed")).isNull();
        assertThat(ids(path(session, "amendments"))).containsExactly((String) amended.path("id"));
    }
}
