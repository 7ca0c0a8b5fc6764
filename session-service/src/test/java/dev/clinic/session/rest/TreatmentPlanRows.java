package dev.clinic.session.rest;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Rows written straight into the database, for what the API cannot make (yet): plans of another
 * clinic or patient without switching identities, and SIGNED sessions in numbers.
 */
final class TreatmentPlanRows {

    private TreatmentPlanRows() {
    }

    /** How many plans the clinic has. */
    static long count(DataSource db, String clinic) {
        try (Connection c = db.getConnection();
                PreparedStatement query = c.prepareStatement("select count(*) from treatment_plan where clinic_id = ?")) {
            query.setString(1, clinic);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The practitioner record of every seeded plan. */
    static final String SEEDED_PRACTITIONER = "00000000-0000-4000-8000-00000000a0a0";

    static UUID plan(DataSource db, String clinic, UUID patient, String modality, LocalDate start, LocalDate review,
            String status) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into treatment_plan (id, clinic_id, version, created_at, updated_at, patient_id,
                    practitioner_subject, practitioner_id, modality, goals, diagnosis_codes, planned_sessions,
                    sessions_per_week, start_date, review_date, status)
                values (?, ?, 0, clock_timestamp(), clock_timestamp(), ?, 'seeded-practitioner',
                    '00000000-0000-4000-8000-00000000a0a0', ?,
                    array['Fewer headache days'], array['G44.209'], 4, 1, ?, ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, clinic);
            insert.setObject(3, patient);
            insert.setString(4, modality);
            insert.setDate(5, Date.valueOf(start));
            insert.setDate(6, Date.valueOf(review));
            insert.setString(7, status);
            insert.executeUpdate();
        }
        return id;
    }

    /** A session row written straight to the database, signed or not. */
    static UUID session(DataSource db, String clinic, UUID patient, String modality, Instant startedAt, String status)
            throws SQLException {
        return SessionRows.session(db, clinic, patient, "seeded-practitioner", modality, startedAt, status);
    }
}
