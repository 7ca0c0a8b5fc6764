package dev.clinic.session.rest;

import static dev.clinic.session.rest.Sessions.SESSIONS;
import static dev.clinic.session.rest.Sessions.get;
import static dev.clinic.session.rest.Sessions.invalid;
import static dev.clinic.session.rest.Sessions.path;
import static dev.clinic.session.rest.Sessions.post;
import static dev.clinic.session.rest.Sessions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.clinic.session.client.FakeNeighbours;
import dev.clinic.session.client.Neighbours;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;

/**
 * A draft from a booked visit: booking-service says who, what and when; only a visit that took
 * place, only by its own practitioner, only once. And what happens when booking-service or
 * patient-service cannot answer.
 */
@QuarkusTest
@TestSecurity(user = "needling-appointments", roles = "practitioner")
@OidcSecurity(claims = { @Claim(key = "clinic_id", value = "appointment-clinic"),
        @Claim(key = "sub", value = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e") })
class SessionFromAppointmentTest {

    static final Instant START = Instant.parse("2026-03-04T14:00:00Z");

    static Map<String, Object> from(UUID appointment) {
        Map<String, Object> body = new HashMap<>();
        body.put("appointmentId", appointment.toString());
        body.put("subjective", "Headache since Monday.");
        return body;
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(nullValues = "-", value = {
            "CHECKED_IN, DRY_NEEDLING, -",
            "COMPLETED,  DRY_NEEDLING, -",
            "CHECKED_IN, MASSAGE,      MYOFASCIAL_RELEASE",
            "COMPLETED,  MASSAGE,      SWEDISH",
    })
    void aVisitThatTookPlaceStartsADraftFilledFromTheAppointment(String status, String modality, String technique) {
        UUID patient = UUID.randomUUID();
        UUID appointment = Neighbours.appointment(patient, status, modality, technique, START);
        String id = post(SESSIONS, from(appointment)).then().statusCode(201)
                .body("appointmentId", equalTo(appointment.toString()))
                .body("patientId", equalTo(patient.toString()))
                .body("practitionerId", equalTo(FakeNeighbours.PRACTITIONER.toString()))
                .body("modality", equalTo(modality))
                .body("massageTechnique", equalTo(technique))
                .body("startedAt", equalTo(START.toString()))
                .body("subjective", equalTo("Headache since Monday."))
                .body("status", equalTo("DRAFT"))
                .extract().path("id");
        get(path(id)).then().statusCode(200).body("appointmentId", equalTo(appointment.toString()));
        // the patient's existence is booking-service's word here: patient-service is not asked
        assertThat(Neighbours.calls(patient)).isZero();
    }

    @Test
    void whatTheClientSendsWinsWhereTheAppointmentLeavesItOpen() {
        UUID patient = UUID.randomUUID();
        UUID appointment = Neighbours.appointment(patient, "CHECKED_IN", "MASSAGE", "SWEDISH", START);
        Map<String, Object> body = from(appointment);
        body.putAll(Map.of("patientId", patient.toString(), "modality", "MASSAGE", "massageTechnique", "SWEDISH",
                "startedAt", "2026-03-04T14:05:00Z", "endedAt", "2026-03-04T14:50:00Z"));
        post(SESSIONS, body).then().statusCode(201)
                .body("startedAt", equalTo("2026-03-04T14:05:00Z"))
                .body("endedAt", equalTo("2026-03-04T14:50:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "BOOKED", "CANCELLED", "NO_SHOW" })
    void aVisitThatDidNotTakePlaceIs409(String status) {
        UUID patient = UUID.randomUUID();
        UUID appointment = Neighbours.appointment(patient, status, "DRY_NEEDLING", null, START);
        problem(post(SESSIONS, from(appointment)), 409, "appointment-not-checked-in")
                .body("appointmentStatus", equalTo(status));
        assertNothingStoredFor(patient);
    }

    @Test
    void anAppointmentTheClinicDoesNotHaveIs404() {
        UUID appointment = UUID.randomUUID();
        problem(post(SESSIONS, from(appointment)), 404, "not-found")
                .body("detail", equalTo("appointmentId: is not an appointment of this clinic"))
                .body("errors.field", equalTo(List.of("appointmentId")));
    }

    @Test
    void anotherPractitionersAppointmentIs403() {
        UUID patient = UUID.randomUUID();
        UUID appointment = Neighbours.appointment(patient, UUID.randomUUID(), "CHECKED_IN", "DRY_NEEDLING", null,
                START);
        problem(post(SESSIONS, from(appointment)), 403, "forbidden");
        assertNothingStoredFor(patient);
    }

    @Test
    void oneSessionPerAppointment() {
        UUID appointment = Neighbours.appointment(UUID.randomUUID(), "COMPLETED", "DRY_NEEDLING", null, START);
        String first = post(SESSIONS, from(appointment)).then().statusCode(201).extract().path("id");
        problem(post(SESSIONS, from(appointment)), 409, "session-exists")
                .body("existingSessionId", equalTo(first));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "patientId,        00000000-0000-4000-8000-0000000000aa",
            "modality,         MASSAGE",
            "massageTechnique, SWEDISH",
    })
    void sendingAnotherPatientOrTreatmentThanTheAppointmentsIs400(String field, String value) {
        UUID patient = UUID.randomUUID();
        UUID appointment = Neighbours.appointment(patient, "CHECKED_IN", "DRY_NEEDLING", null, START);
        Map<String, Object> body = from(appointment);
        body.put(field, value);
        invalid(post(SESSIONS, body), field);
        assertNothingStoredFor(patient);
    }

    /** A draft from an appointment keeps the appointment's patient and treatment when it is replaced. */
    @Test
    void replacingKeepsTheAppointmentsPatientAndTreatment() {
        UUID patient = UUID.randomUUID();
        UUID appointment = Neighbours.appointment(patient, "CHECKED_IN", "MASSAGE", "CRANIOSACRAL", START);
        String id = post(SESSIONS, from(appointment)).then().statusCode(201).extract().path("id");

        Map<String, Object> replacement = new HashMap<>(Map.of("plan", "Two more sessions."));
        Sessions.put(path(id), replacement).then().statusCode(200)
                .body("appointmentId", equalTo(appointment.toString()))
                .body("patientId", equalTo(patient.toString()))
                .body("modality", equalTo("MASSAGE"))
                .body("massageTechnique", equalTo("CRANIOSACRAL"))
                .body("startedAt", equalTo(START.toString()))
                .body("subjective", nullValue())
                .body("plan", equalTo("Two more sessions."));
        UUID another = Neighbours.appointment(patient, "CHECKED_IN", "MASSAGE", "CRANIOSACRAL", START);
        for (Map.Entry<String, Object> change : Map.<String, Object>of("modality", "DRY_NEEDLING",
                "massageTechnique", "SWEDISH", "appointmentId", another.toString()).entrySet()) {
            Map<String, Object> body = new HashMap<>(replacement);
            body.put(change.getKey(), change.getValue());
            invalid(Sessions.put(path(id), body), change.getKey());
        }
        // an appointment the clinic does not have: 404 naming the field, as on create
        Map<String, Object> unknown = new HashMap<>(replacement);
        unknown.put("appointmentId", UUID.randomUUID().toString());
        problem(Sessions.put(path(id), unknown), 404, "not-found").body("errors.field", equalTo(List.of("appointmentId")));
    }

    @Test
    void aLoginWithoutAPractitionerRecordRecordsNothing() {
        UUID patient = UUID.randomUUID();
        UUID appointment = Neighbours.appointment(patient, "CHECKED_IN", "DRY_NEEDLING", null, START);
        Neighbours.practitionerMissing(true);
        try {
            problem(post(SESSIONS, from(appointment)), 409, "practitioner-record-missing");
            problem(post(SESSIONS, Sessions.dryNeedling(patient.toString())), 409, "practitioner-record-missing");
        } finally {
            Neighbours.practitionerMissing(false);
        }
        assertNothingStoredFor(patient);
        post(SESSIONS, from(appointment)).then().statusCode(201);
    }

    /**
     * booking-service (the appointment) or patient-service (the patient) not answering, or answering
     * 500: 503 within the 2 s timeout and one attempt, nothing stored.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "appointment, HANGING",
            "appointment, BROKEN",
            "patient,     HANGING",
            "patient,     BROKEN",
    })
    void aNeighbourThatCannotAnswerIs503FastAndNothingIsStored(String asked, String how) {
        UUID broken = "HANGING".equals(how) ? FakeNeighbours.HANGING : FakeNeighbours.BROKEN;
        int callsBefore = Neighbours.calls(broken);
        List<String> before = everySession();
        Map<String, Object> body = "appointment".equals(asked) ? from(broken)
                : Sessions.dryNeedling(broken.toString());
        Instant start = Instant.now();
        Response response = post(SESSIONS, body);
        Duration took = Duration.between(start, Instant.now());
        problem(response, 503, "service-unavailable");
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        assertThat(Neighbours.calls(broken) - callsBefore).as("a failed answer is not retried").isEqualTo(1);
        assertThat(everySession()).isEqualTo(before);
    }

    private static List<String> everySession() {
        return get(SESSIONS + "?limit=200").then().statusCode(200).extract().path("items.id");
    }

    private static void assertNothingStoredFor(UUID patient) {
        get(SESSIONS + "?patientId=" + patient).then().statusCode(200).body("items", equalTo(List.of()));
    }
}
