package dev.clinic.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.clinic.systemtest.SecurityFixtures.named;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.clinic.systemtest.SecurityFixtures.Call;
import dev.clinic.systemtest.SecurityFixtures.Clinic;
import dev.clinic.systemtest.SecurityFixtures.MatrixRow;
import dev.clinic.systemtest.SecurityFixtures.Operation;
import dev.clinic.systemtest.SecurityFixtures.Role;
import io.restassured.response.Response;

/**
 * Mass assignment (OWASP API3): every create and update, and every state change (archive, cancel,
 * sign, …), is sent a valid body plus the fields the server owns with hostile values — another
 * id, clinic "harbour", version 999, timestamps of 2001, status SIGNED, a stranger as signer or
 * creator. The request succeeds as it would without them (they are ignored, docs/decisions.md:
 * "Request bodies refuse unknown properties but ignore the fields the server owns"), and neither
 * the answer, nor the record read back through the API, nor the row in PostgreSQL carries any of
 * them. A field an operation's own request schema declares (a consent's signedAt, a plan's status)
 * is the client's to send and is left out.
 */
class MassAssignmentIT {

    static final String HOSTILE_ID = UUID.randomUUID().toString();
    static final String HOSTILE_SIGNER = UUID.randomUUID().toString();
    static final String HOSTILE_TIME = "2001-01-01T00:00:00Z";
    static final Map<String, Object> HOSTILE = hostile();
    static final List<String> TIMESTAMP_COLUMNS = List.of("created_at", "updated_at", "signed_at", "archived_at");

    /** What an operation sets by its very purpose: signing makes a session SIGNED (now, by the caller). */
    static final Map<String, Set<String>> LEGITIMATE = Map.of("signSession", Set.of("status"));

    static Map<String, MatrixRow> matrix;
    static Map<String, Operation> operations;
    static Clinic northside;

    private static Map<String, Object> hostile() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", HOSTILE_ID);
        fields.put("clinicId", SecurityFixtures.HARBOUR);
        fields.put("version", 999);
        fields.put("createdAt", HOSTILE_TIME);
        fields.put("updatedAt", HOSTILE_TIME);
        fields.put("status", "SIGNED");
        fields.put("signedAt", HOSTILE_TIME);
        fields.put("signedBy", HOSTILE_SIGNER);
        fields.put("createdBy", HOSTILE_SIGNER);
        fields.put("archivedAt", HOSTILE_TIME);
        return fields;
    }

    @BeforeAll
    static void setUp() {
        matrix = SecurityFixtures.matrix();
        operations = SecurityFixtures.openApi();
        northside = Clinic.build(SecurityFixtures.NORTHSIDE);
    }

    @TestFactory
    List<DynamicTest> serverOwnedFieldsInABodyChangeNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation op : operations.values()) {
            if (!writes(op)) {
                continue;
            }
            tests.add(named(op.operationId() + " (" + op.method() + " " + op.path() + ")",
                    () -> check(op)));
        }
        assertThat(tests).as("writing operations of /openapi").isNotEmpty();
        return tests;
    }

    /** Creates and updates with a JSON body, and state changes without one (they may be sent one all the same). */
    private static boolean writes(Operation op) {
        return Set.of("POST", "PUT", "PATCH").contains(op.method());
    }

    private static void check(Operation op) throws SQLException {
        MatrixRow row = matrix.get(op.operationId());
        assertThat(row).as("matrix row of %s", op.operationId()).isNotNull();
        Role role = List.of(Role.CLINIC_ADMIN, Role.PRACTITIONER, Role.FRONT_DESK, Role.PATIENT).stream()
                .filter(row::allows).findFirst().orElseThrow();
        String token = northside.token(role);
        Call call = SecurityFixtures.call(op.operationId(), role, northside, true);
        assertThat(call).as("fixture of %s", op.operationId()).isNotNull();

        Map<String, Object> body = call.body == null ? new LinkedHashMap<>() : new LinkedHashMap<>(call.body);
        Set<String> declared = op.bodyProperties();
        Map<String, Object> injected = new LinkedHashMap<>();
        HOSTILE.forEach((field, value) -> {
            if (!declared.contains(field)) {
                injected.put(field, value);
            }
        });
        body.putAll(injected);

        boolean update = !"POST".equals(op.method()) || isAction(call);
        String readUri = null;
        Map<String, Object> before = null;
        if (update) {
            readUri = resourceUri(call);
            before = read(readUri, token);
        }
        Map<String, Long> markersBefore = markers();

        Response response = call.send(token, body);
        assertThat(response.statusCode()).as("%s with %s: %s", call, injected.keySet(), response.asString())
                .isIn(call.success);

        if (readUri == null) {
            String location = response.header("Location");
            readUri = location != null ? location : resourceUri(call);
        }
        Map<String, Object> answered = response.asString().isBlank() ? Map.of() : response.jsonPath().getMap("$");
        Map<String, Object> stored = read(readUri, token);
        for (Map<String, Object> seen : List.of(unwrap(answered), stored)) {
            for (var field : injected.entrySet()) {
                if (LEGITIMATE.getOrDefault(op.operationId(), Set.of()).contains(field.getKey())) {
                    continue;
                }
                Object value = seen.get(field.getKey());
                assertThat(String.valueOf(value)).as("%s of %s after %s", field.getKey(), readUri, call)
                        .isNotEqualTo(String.valueOf(field.getValue()));
            }
        }
        if (before != null) {
            assertThat(stored.get("id")).as("id of %s", readUri).isEqualTo(before.get("id"));
            assertThat(stored.get("createdAt")).as("createdAt of %s", readUri).isEqualTo(before.get("createdAt"));
        }
        if (stored.get("id") instanceof String id) {
            assertThat(clinicOf(id)).as("clinic_id of the row of %s", id).isEqualTo(SecurityFixtures.NORTHSIDE);
        }
        Map<String, Long> markersAfter = markers();
        assertThat(markersAfter).as("rows carrying a hostile value, or harbour's rows, after %s", call)
                .isEqualTo(markersBefore);
    }

    /** A sign's answer wraps the session. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> unwrap(Map<String, Object> answer) {
        return answer.get("session") instanceof Map<?, ?> session ? (Map<String, Object>) session : answer;
    }

    private static final Set<String> ACTIONS = Set.of("archive", "unarchive", "revoke", "deactivate", "reactivate",
            "cancel", "check-in", "complete", "no-show", "sign");

    private static boolean isAction(Call call) {
        String uri = call.uri();
        return ACTIONS.contains(uri.substring(uri.lastIndexOf('/') + 1));
    }

    /** Where the record a call changes is read: the resource itself, or the parent of an action. */
    private static String resourceUri(Call call) {
        String uri = call.uri();
        if (isAction(call)) {
            return uri.substring(0, uri.lastIndexOf('/'));
        }
        if (call.operationId.equals("recordDiaryEntry")) {
            return uri + "/" + SecurityFixtures.DIARY_DAY;
        }
        return uri;
    }

    private static Map<String, Object> read(String uri, String token) {
        Response read = Api.withToken(token).basePath("").get(uri);
        Expect.status(read, 200, "read back " + uri);
        return read.jsonPath().getMap("$");
    }

    /** The clinic of the row with this id, in whichever table of the stack's databases it is. */
    private static String clinicOf(String id) throws SQLException {
        for (String database : Database.SERVICE_DATABASES) {
            try (Connection connection = Database.connect(database)) {
                connection.setReadOnly(true);
                for (String table : tablesWith(connection, "id", "clinic_id")) {
                    try (var statement = connection.prepareStatement(
                            "select clinic_id from " + table + " where id::text = ?")) {
                        statement.setString(1, id);
                        try (var rows = statement.executeQuery()) {
                            if (rows.next()) {
                                return rows.getString(1);
                            }
                        }
                    }
                }
            }
        }
        throw new AssertionError("no row has id " + id);
    }

    /**
     * Per table: rows carrying one of the hostile values (the hostile id, version 999, a 2001
     * timestamp), and rows of harbour. Neither may change through a northside call.
     */
    private static Map<String, Long> markers() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String database : Database.SERVICE_DATABASES) {
            try (Connection connection = Database.connect(database)) {
                connection.setReadOnly(true);
                for (String table : tablesWith(connection, "clinic_id")) {
                    List<String> columns = columnsOf(connection, table);
                    List<String> hostile = new ArrayList<>();
                    if (columns.contains("id")) {
                        hostile.add("id::text = '" + HOSTILE_ID + "'");
                    }
                    if (columns.contains("version")) {
                        hostile.add("version = 999");
                    }
                    for (String column : TIMESTAMP_COLUMNS) {
                        if (columns.contains(column)) {
                            hostile.add(column + " = timestamptz '" + HOSTILE_TIME + "'");
                        }
                    }
                    String sql = "select count(*) filter (where clinic_id = 'harbour'), count(*) filter (where "
                            + (hostile.isEmpty() ? "false" : String.join(" or ", hostile)) + ") from " + table;
                    try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
                        rows.next();
                        counts.put(database + "." + table + " harbour rows", rows.getLong(1));
                        counts.put(database + "." + table + " hostile rows", rows.getLong(2));
                    }
                }
            }
        }
        return counts;
    }

    private static List<String> tablesWith(Connection connection, String... columns) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(
                "select tablename from pg_tables where schemaname = 'public' and tablename not in "
                        + "('audit_event', 'idempotency_key', 'flyway_schema_history') order by tablename")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        List<String> matching = new ArrayList<>();
        for (String table : tables) {
            if (columnsOf(connection, table).containsAll(List.of(columns))) {
                matching.add(table);
            }
        }
        return matching;
    }

    private static List<String> columnsOf(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var statement = connection.prepareStatement(
                "select column_name from information_schema.columns where table_schema = 'public' and table_name = ?")) {
            statement.setString(1, table);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }
}
