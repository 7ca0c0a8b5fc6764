package dev.clinic.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The stack's databases as PostgreSQL holds them, for "nothing stored changed" checks: a
 * fingerprint is one hash per table over every row. The append-only audit log, the idempotency
 * keys and Flyway's history are left out: they are meant to grow with every request.
 */
final class Database {

    /** The databases of the system-test stack ({@code ./clinic _stack-start} uses the *_it ones). */
    static final List<String> SERVICE_DATABASES = List.of("clinic_patients_it", "clinic_sessions_it", "clinic_bookings_it");

    private static final Set<String> GROWING_TABLES = Set.of("audit_event", "idempotency_key", "flyway_schema_history");

    private Database() {
    }

    /** database.table → hash of all its rows. */
    static Map<String, String> fingerprint() {
        Map<String, String> hashes = new TreeMap<>();
        for (String database : SERVICE_DATABASES) {
            try (Connection connection = connect(database)) {
                for (String table : tables(connection)) {
                    try (var statement = connection.createStatement();
                            var rows = statement.executeQuery("select md5(coalesce(string_agg(md5(t::text), '' order by md5(t::text)), '')) from "
                                    + table + " t")) {
                        rows.next();
                        hashes.put(database + "." + table, rows.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot fingerprint " + database, e);
            }
        }
        return hashes;
    }

    /** Fails naming every table whose rows differ from {@code before}. */
    static void assertUnchangedSince(Map<String, String> before, String what) {
        Map<String, String> after = fingerprint();
        List<String> changed = new ArrayList<>();
        for (var entry : after.entrySet()) {
            if (!entry.getValue().equals(before.get(entry.getKey()))) {
                changed.add(entry.getKey());
            }
        }
        assertThat(changed).as("tables changed by %s", what).isEmpty();
    }

    /** A connection to one of the stack's databases (trust auth on localhost, as the launcher uses). */
    static Connection connect(String database) throws SQLException {
        String base = setting("CLINIC_DB_URL", "jdbc:postgresql://localhost:5432");
        String user = setting("CLINIC_DB_USER", "postgres");
        String password = setting("CLINIC_DB_PASSWORD", "");
        return DriverManager.getConnection(base + "/" + database, user, password);
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
            while (rows.next()) {
                if (!GROWING_TABLES.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    private static String setting(String name, String defaultValue) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
