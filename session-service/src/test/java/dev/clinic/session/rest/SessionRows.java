package dev.clinic.session.rest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import dev.clinic.session.client.FakeNeighbours;

/**
 * Session records written, changed and removed straight in the database: fixtures for what one
 * identity cannot make through the API (another practitioner's session, another patient's), and
 * the writes the database itself must refuse.
 */
final class SessionRows {

    private SessionRows() {
    }

    /** A session row of {@code subject}'s (its owning login), signed or not. */
    static UUID session(DataSource db, String clinic, UUID patient, String subject, String modality, Instant startedAt,
            String status) throws SQLException {
        UUID id = UUID.randomUUID();
        execute(db, """
                insert into treatment_session (id, clinic_id, version, created_at, updated_at, patient_id,
                    practitioner_subject, practitioner_id, modality, massage_technique, started_at, status,
                    signed_at, signed_by)
                values (?, ?, 0, clock_timestamp(), clock_timestamp(), ?, ?, ?, ?, ?, ?, ?,
                    case when ? = 'SIGNED' then clock_timestamp() end,
                    case when ? = 'SIGNED' then ?::uuid end)""",
                id, clinic, patient, subject, FakeNeighbours.PRACTITIONER, modality,
                "MASSAGE".equals(modality) ? "SWEDISH" : null, OffsetDateTime.ofInstant(startedAt, ZoneOffset.UTC),
                status, status, status, FakeNeighbours.PRACTITIONER);
        return id;
    }

    static UUID amendment(DataSource db, String clinic, UUID session, String subject) throws SQLException {
        UUID id = UUID.randomUUID();
        execute(db, """
                insert into session_amendment (id, clinic_id, version, created_at, updated_at, session_id, reason, text,
                    author_id, author_subject)
                values (?, ?, 0, clock_timestamp(), clock_timestamp(), ?, 'Late entry', 'Needle lot LOT-1 was used.',
                    ?, ?)""", id, clinic, session, FakeNeighbours.PRACTITIONER, subject);
        return id;
    }

    static UUID adverseEvent(DataSource db, String clinic, UUID session, String recordedBy) throws SQLException {
        UUID id = UUID.randomUUID();
        execute(db, """
                insert into adverse_event (id, clinic_id, version, created_at, updated_at, session_id, type, severity,
                    reportable, onset_at, recorded_by)
                values (?, ?, 0, clock_timestamp(), clock_timestamp(), ?, 'SORENESS', 'MILD', false,
                    clock_timestamp(), ?)""", id, clinic, session, recordedBy);
        return id;
    }

    /** Runs one statement in its own transaction; how many rows it changed. */
    static int execute(DataSource db, String sql, Object... parameters) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement statement = prepare(c, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** The first column of the first row of a query. */
    static Object value(DataSource db, String sql, Object... parameters) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement statement = prepare(c, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getObject(1) : null;
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
