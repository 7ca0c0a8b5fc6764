package dev.clinic.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.clinic.systemtest.SecurityFixtures.named;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.clinic.systemtest.SecurityFixtures.Call;
import dev.clinic.systemtest.SecurityFixtures.Clinic;
import dev.clinic.systemtest.SecurityFixtures.MatrixRow;
import dev.clinic.systemtest.SecurityFixtures.Operation;
import dev.clinic.systemtest.SecurityFixtures.Role;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Broken object level authorization (OWASP API1). Harbour gets one record of every kind through
 * the API; then every operation of /openapi that takes an id (in its path, its body or a filter)
 * is called by every northside role that may call it, with harbour's ids: 404 as for an id that
 * does not exist, and nothing stored changes. Likewise northside's demo patient with another
 * northside patient's ids: 404, or 403 where the patient role may not call the operation at all.
 */
class BolaIT {

    /**
     * Operations that take no id anywhere, each with the reason; any other operation of /openapi
     * must be covered, so a new operation with an id cannot slip past this test.
     */
    static final Map<String, String> EXCLUDED = Map.ofEntries(
            Map.entry("createPatient", "no id: creates a patient of the caller's clinic"),
            Map.entry("listPatients", "no id: lists the caller's clinic (TenantIsolationIT: another clinic's patients are not listed)"),
            Map.entry("getClinicSettings", "no id: the caller's own clinic"),
            Map.entry("replaceClinicSettings", "no id: the caller's own clinic"),
            Map.entry("createLocation", "no id: creates in the caller's clinic"),
            Map.entry("listLocations", "no id: lists the caller's clinic"),
            Map.entry("createPractitioner", "no id: creates in the caller's clinic"),
            Map.entry("listPractitioners", "no id: lists the caller's clinic"),
            Map.entry("getOwnPractitioner", "no id: the caller's own record, found by the token's subject"),
            Map.entry("createAppointmentType", "no id: creates in the caller's clinic"),
            Map.entry("listAppointmentTypes", "no id: lists the caller's clinic"));

    /** A body field that names another record, what to put there from harbour, and where the problem names it. */
    record BodyId(String field, java.util.function.Function<Clinic, String> value,
            BiConsumer<Map<String, Object>, String> setter) {

        static BodyId top(String field, java.util.function.Function<Clinic, String> value) {
            return new BodyId(field, value, (body, id) -> body.put(field, id));
        }
    }

    /**
     * Body ids: one rule everywhere (docs/decisions.md): an id a body names that is not a record of
     * the caller's clinic — another clinic's exactly as one that does not exist — is a 404 not-found
     * problem whose {@code errors} name the field, on create and on replace alike.
     */
    static final Map<String, List<BodyId>> BODY_IDS = Map.of(
            "createAppointment", List.of(
                    BodyId.top("patientId", h -> h.other.patient),
                    BodyId.top("practitionerId", h -> h.bookingPractitioner),
                    BodyId.top("appointmentTypeId", h -> h.bookableType),
                    BodyId.top("locationId", h -> h.location),
                    BodyId.top("roomId", h -> h.room)),
            "rescheduleAppointment", List.of(
                    BodyId.top("practitionerId", h -> h.bookingPractitioner),
                    BodyId.top("locationId", h -> h.location),
                    BodyId.top("roomId", h -> h.room)),
            "createSession", List.of(
                    BodyId.top("patientId", h -> h.other.patient),
                    BodyId.top("appointmentId", h -> h.other.appointment)),
            "replaceSession", List.of(
                    BodyId.top("patientId", h -> h.other.patient),
                    BodyId.top("appointmentId", h -> h.other.appointment)),
            "createTreatmentPlan", List.of(BodyId.top("patientId", h -> h.other.patient)),
            "replaceTreatmentPlan", List.of(BodyId.top("patientId", h -> h.other.patient)),
            "replaceSchedule", List.of(new BodyId("intervals[0].locationId", h -> h.location,
                    (body, id) -> body.put("intervals", List.of(Map.of("weekday", "MONDAY", "start", "09:00",
                            "end", "12:00", "locationId", id))))));

    static Map<String, MatrixRow> matrix;
    static Map<String, Operation> operations;
    static Clinic northside;
    static Clinic harbour;

    @BeforeAll
    static void setUp() {
        matrix = SecurityFixtures.matrix();
        operations = SecurityFixtures.openApi();
        harbour = Clinic.build(SecurityFixtures.HARBOUR);
        northside = Clinic.build(SecurityFixtures.NORTHSIDE);
    }

    @Test
    void everyOperationIsCoveredOrExcludedWithAReason() {
        Set<String> uncovered = new TreeSet<>();
        Set<String> wronglyExcluded = new TreeSet<>();
        for (String id : operations.keySet()) {
            boolean covered = covered(id);
            if (!covered && !EXCLUDED.containsKey(id)) {
                uncovered.add(id);
            }
            if (covered && EXCLUDED.containsKey(id)) {
                wronglyExcluded.add(id);
            }
        }
        Set<String> stale = new TreeSet<>(EXCLUDED.keySet());
        stale.removeAll(operations.keySet());
        assertThat(uncovered).as("operations with an id that BolaIT does not call (add them to the sweep)").isEmpty();
        assertThat(wronglyExcluded).as("excluded operations that take an id after all").isEmpty();
        assertThat(stale).as("exclusions naming no operation of /openapi").isEmpty();
    }

    private static boolean covered(String operationId) {
        Operation op = operations.get(operationId);
        if (!op.pathParameters().isEmpty() || BODY_IDS.containsKey(operationId)) {
            return true;
        }
        Call call = SecurityFixtures.call(operationId, Role.CLINIC_ADMIN, northside, false);
        return call != null && call.query.keySet().stream().anyMatch(BolaIT::isIdName);
    }

    private static boolean isIdName(String name) {
        return name.endsWith("Id");
    }

    /** Every northside role the matrix allows, with harbour's ids; the database is the same after all of them. */
    @TestFactory
    List<DynamicTest> northsideCallersWithHarbourIds() {
        List<DynamicTest> probes = new ArrayList<>();
        for (Operation op : operations.values()) {
            MatrixRow row = matrix.get(op.operationId());
            if (row == null || EXCLUDED.containsKey(op.operationId())) {
                continue; // AuthorizationMatrixIT fails on a missing row; excluded ones take no id
            }
            for (Role role : Role.values()) {
                if (!row.allows(role)) {
                    continue;
                }
                String caller = northside.token(role);
                String name = op.operationId() + " as northside " + role.column;
                Call foreign = fixture(op, role, harbour);
                Call local = fixture(op, role, northside);
                List<String> ids = differingPathParameters(local, foreign);
                if (!ids.isEmpty()) {
                    probes.add(named(name + " with harbour's " + String.join(", ", ids) + ": 404",
                            () -> notFound(foreign, caller)));
                }
                if (ids.size() > 1) {
                    // a harbour record under a northside parent
                    String last = ids.get(ids.size() - 1);
                    Call mixed = local.copy().path(last, foreign.pathParams.get(last));
                    probes.add(named(name + " with northside's parent and harbour's " + last + ": 404",
                            () -> notFound(mixed, caller)));
                }
                for (BodyId bodyId : BODY_IDS.getOrDefault(op.operationId(), List.of())) {
                    probes.add(named(name + " with harbour's " + bodyId.field() + " in the body: 404 naming it",
                            () -> bodyIdRefused(local, bodyId, caller)));
                }
                for (String parameter : local.query.keySet()) {
                    if (isIdName(parameter) && foreign.query.containsKey(parameter)) {
                        Call filtered = local.copy().query(parameter, foreign.query.get(parameter));
                        probes.add(named(name + " filtered by harbour's " + parameter
                                + ": nothing of harbour's", () -> nothingOfHarbour(filtered, caller)));
                    }
                }
            }
        }
        return bracketed("harbour's ids", probes);
    }

    /** The demo patient of northside with another northside patient's ids. */
    @TestFactory
    List<DynamicTest> aPatientWithAnotherPatientsIds() {
        String patient = northside.token(Role.PATIENT);
        List<DynamicTest> probes = new ArrayList<>();
        for (Operation op : operations.values()) {
            MatrixRow row = matrix.get(op.operationId());
            if (row == null || EXCLUDED.containsKey(op.operationId())) {
                continue;
            }
            String cell = row.cell(Role.PATIENT);
            if ("allow".equals(cell)) {
                continue; // clinic-wide records (locations, practitioners, types, availability): no patient owns them
            }
            // the clinic's other patient's records, as staff would name them
            Call other = fixture(op, Role.CLINIC_ADMIN, northside);
            if ("deny".equals(cell)) {
                probes.add(named(op.operationId() + " as the patient: 403 (the role may not)",
                        () -> Problems.assertProblem(other.send(patient), 403)));
            } else {
                probes.add(named(op.operationId() + " as the patient with another patient's ids: 404",
                        () -> notFound(other, patient)));
            }
        }
        return bracketed("another patient's ids", probes);
    }

    /** Fingerprints the databases before the probes and compares after the last. */
    private static List<DynamicTest> bracketed(String what, List<DynamicTest> probes) {
        @SuppressWarnings("unchecked")
        Map<String, String>[] before = new Map[1];
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(named("fingerprint the databases", () -> before[0] = Database.fingerprint()));
        tests.addAll(probes);
        tests.add(named("nothing stored changed after every call with " + what,
                () -> Database.assertUnchangedSince(before[0], "calls with " + what)));
        return tests;
    }

    private static Call fixture(Operation op, Role role, Clinic clinic) {
        Call call = SecurityFixtures.call(op.operationId(), role, clinic, false);
        assertThat(call).as("a request fixture for %s", op.operationId()).isNotNull();
        assertThat(call.template).as("fixture path of %s", op.operationId()).isEqualTo(op.path());
        return call;
    }

    private static List<String> differingPathParameters(Call local, Call foreign) {
        List<String> names = new ArrayList<>();
        for (var param : local.pathParams.entrySet()) {
            if (!param.getValue().equals(foreign.pathParams.get(param.getKey()))) {
                names.add(param.getKey());
            }
        }
        return names;
    }

    private static void notFound(Call call, String token) {
        Problems.assertProblem(call.send(token), 404);
    }

    /** 404 naming the field, exactly the answer an id that exists nowhere gets. */
    private static void bodyIdRefused(Call local, BodyId bodyId, String token) {
        Map<String, Object> foreign = new LinkedHashMap<>(local.body);
        bodyId.setter().accept(foreign, bodyId.value().apply(harbour));
        JsonPath refused = Problems.assertProblem(local.send(token, foreign), 404);
        Map<String, Object> unknown = new LinkedHashMap<>(local.body);
        bodyId.setter().accept(unknown, UUID.randomUUID().toString());
        JsonPath missing = Problems.assertProblem(local.send(token, unknown), 404);
        assertThat(refused.getString("type")).as("a not-found problem").endsWith("/not-found");
        assertThat(refused.getString("type")).as("same problem type as for an unknown id")
                .isEqualTo(missing.getString("type"));
        assertThat(refused.getList("errors.field", String.class)).as("the field the problem names")
                .containsExactly(bodyId.field());
        assertThat(missing.getList("errors.field", String.class)).as("the field named for an unknown id")
                .containsExactly(bodyId.field());
    }

    /** A filter naming another clinic's record finds nothing of it (or is refused). */
    private static void nothingOfHarbour(Call call, String token) {
        Response response = call.send(token);
        if (response.statusCode() == 200) {
            String body = response.asString();
            for (String id : harbourIds()) {
                if (!call.query.containsValue(id) && !call.operationId.equals("listAuditEvents")) {
                    assertThat(body).as("answer of %s", call).doesNotContain(id);
                }
            }
            if (call.operationId.equals("listAuditEvents")) {
                // Northside's own log names the harbour id it was filtered by: the denied attempts and
                // filtered lists of this very test. None of harbour's own events may be in it.
                List<String> actors = response.jsonPath().getList("items.actor.subject", String.class);
                assertThat(actors).as("actors of the events in %s", call).doesNotContainAnyElementsOf(harbourSubjects());
            } else {
                assertThat(response.jsonPath().getList("items")).as("items of %s", call).isNullOrEmpty();
            }
            if (call.operationId.equals("getAvailability")) {
                assertThat(response.jsonPath().getList("slots")).as("slots").isEmpty();
            }
        } else {
            assertThat(response.statusCode()).as("%s: %s", call, response.asString()).isIn(400, 404);
            Problems.assertProblem(response, response.statusCode());
        }
    }

    /** The token subjects of harbour's demo users, who made harbour's records. */
    private static List<String> harbourSubjects() {
        return List.of(Role.CLINIC_ADMIN, Role.FRONT_DESK, Role.PRACTITIONER, Role.PATIENT).stream()
                .map(role -> SecurityFixtures.claim(harbour.token(role), "sub")).toList();
    }

    private static List<String> harbourIds() {
        return List.of(harbour.other.patient, harbour.own.patient, harbour.other.appointment,
                harbour.own.appointment, harbour.other.signedSession, harbour.own.signedSession,
                harbour.other.plan, harbour.own.plan, harbour.location, harbour.practitioner,
                harbour.bookingPractitioner);
    }
}
