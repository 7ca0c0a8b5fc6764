package dev.clinic.session.rest;

import static dev.clinic.session.rest.Sessions.adverseEvent;
import static dev.clinic.session.rest.Sessions.bruise;
import static dev.clinic.session.rest.Sessions.create;
import static dev.clinic.session.rest.Sessions.get;
import static dev.clinic.session.rest.Sessions.invalid;
import static dev.clinic.session.rest.Sessions.path;
import static dev.clinic.session.rest.Sessions.post;
import static dev.clinic.session.rest.Sessions.problem;
import static dev.clinic.session.rest.Sessions.recordBruise;
import static dev.clinic.session.rest.Sessions.signable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.clinic.session.client.Neighbours;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;

/** recordAdverseEvent, listAdverseEvents, getAdverseEvent: on drafts and signed sessions alike. */
@QuarkusTest
@TestSecurity(user = "needling-events", roles = "practitioner")
@OidcSecurity(claims = { @Claim(key = "clinic_id", value = "event-clinic"),
        @Claim(key = "sub", value = AdverseEventResourceTest.SUB) })
class AdverseEventResourceTest {

    static final String SUB = "8f9a0b1c-2d3e-4f5a-9b6c-7d8e9f0a1b2c";

    @ParameterizedTest
    @ValueSource(booleans = { false, true })
    void anAdverseEventIsRecordedOnADraftOrASignedSession(boolean signed) {
        String session = signed ? Sessions.signed(signable(UUID.randomUUID().toString()))
                : create(signable(UUID.randomUUID().toString()));
        Response before = get(path(session));

        Map<String, Object> body = adverseEvent("BRUISING", "MILD", "2026-03-04T18:00:00Z");
        body.put("resolvedAt", "2026-03-07T09:00:00Z");
        body.put("notes", "Small bruise over the right upper trapezius.");
        Response created = post(path(session, "adverse-events"), body).then().statusCode(201)
                .body("id", notNullValue())
                .body("sessionId", equalTo(session))
                .body("type", equalTo("BRUISING"))
                .body("severity", equalTo("MILD"))
                .body("reportable", equalTo(false))
                .body("onsetAt", equalTo("2026-03-04T18:00:00Z"))
                .body("resolvedAt", equalTo("2026-03-07T09:00:00Z"))
                .body("notes", equalTo("Small bruise over the right upper trapezius."))
                .body("recordedBy", equalTo(SUB))
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).isEqualTo(path(session, "adverse-events", id));
        get(created.header("Location")).then().statusCode(200).body("id", equalTo(id)).body("type", equalTo("BRUISING"));

        // the session shows up in sync lists again, and is otherwise what it was
        Response after = get(path(session));
        assertThat(Instant.parse(after.path("updatedAt"))).isAfter(Instant.parse(before.path("updatedAt")));
        assertThat((Integer) after.path("version")).isEqualTo((Integer) before.path("version") + 1);
        assertThat((String) after.path("status")).isEqualTo(signed ? "SIGNED" : "DRAFT");
        assertThat((Object) after.path("signedAt")).isEqualTo(before.path("signedAt"));

        String second = recordBruise(session);
        get(path(session, "adverse-events")).then().statusCode(200).body("items.id", equalTo(List.of(id, second)));
    }

    @ParameterizedTest(name = "{0} {1} -> reportable {2}")
    @CsvSource({
            "SORENESS,     MILD,        false",
            "HEADACHE,     SIGNIFICANT, false",
            "FAINTING,     SERIOUS,     true",
            "PNEUMOTHORAX, SERIOUS,     true",
    })
    void seriousEventsAreReportable(String type, String severity, boolean reportable) {
        String session = create(signable(UUID.randomUUID().toString()));
        post(path(session, "adverse-events"), adverseEvent(type, severity, "2026-03-04T15:00:00Z"))
                .then().statusCode(201)
                .body("reportable", equalTo(reportable))
                .body("resolvedAt", nullValue());
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // a pneumothorax is always SERIOUS: anything less is refused, never raised silently
            "severity   | MILD                 | severity   | must be SERIOUS when type is PNEUMOTHORAX",
            "severity   | SIGNIFICANT          | severity   | must be SERIOUS when type is PNEUMOTHORAX",
            // the session started at 14:00
            "onsetAt    | 2026-03-04T13:59:59Z | onsetAt    | must not be before the session started (2026-03-04T14:00:00Z)",
            "resolvedAt | 2026-03-04T14:59:59Z | resolvedAt | must not be before onsetAt",
            "type       | STROKE               | type       | ",
            "onsetAt    | soon                 | onsetAt    | ",
    })
    void aReportThatBreaksARuleIsNamed(String field, String value, String named, String message) {
        String session = create(signable(UUID.randomUUID().toString()));
        Map<String, Object> body = adverseEvent("PNEUMOTHORAX", "SERIOUS", "2026-03-04T15:00:00Z");
        body.put(field, value);
        var answer = invalid(post(path(session, "adverse-events"), body), named);
        if (message != null) {
            answer.body("errors[0].message", equalTo(message));
        }
        get(path(session, "adverse-events")).then().body("items", equalTo(List.of()));
    }

    @Test
    void theRequiredFieldsAreNamedAtOnce() {
        String session = create(signable(UUID.randomUUID().toString()));
        invalid(post(path(session, "adverse-events"), Map.of("notes", "Felt dizzy.")), "type", "severity", "onsetAt");
        Map<String, Object> verbose = bruise();
        verbose.put("notes", "n".repeat(10_001));
        invalid(post(path(session, "adverse-events"), verbose), "notes");
    }

    @Test
    void theOnsetMayBeTheSessionsStart() {
        String session = create(signable(UUID.randomUUID().toString()));
        post(path(session, "adverse-events"), adverseEvent("DIZZINESS", "MILD", Sessions.STARTED_AT))
                .then().statusCode(201);
    }

    /** Recording needs no other service: it works while booking-service has no record of the login. */
    @Test
    void recordingAsksNoOtherService() {
        String session = create(signable(UUID.randomUUID().toString()));
        Neighbours.practitionerMissing(true);
        try {
            recordBruise(session);
        } finally {
            Neighbours.practitionerMissing(false);
        }
    }

    @Test
    void unknownSessionsAndEventsAre404() {
        Sessions.unknownSessionHasNo("adverse-events", bruise());

        String session = create(signable(UUID.randomUUID().toString()));
        String othersEvent = recordBruise(create(signable(UUID.randomUUID().toString())));
        problem(get(path(session, "adverse-events", othersEvent)), 404, "not-found")
                .body("detail", equalTo("Adverse event " + othersEvent + " was not found"));
    }

    @Test
    void badListParametersAre400() {
        String session = create(signable(UUID.randomUUID().toString()));
        invalid(get(path(session, "adverse-events") + "?limit=201"), "limit");
    }
}
