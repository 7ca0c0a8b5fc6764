package dev.clinic.patient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

import dev.clinic.patient.domain.SearchText;

/**
 * Test patients with a fixed id. A patient caller's token names their record in the compile-time
 * {@code patient_id} claim of {@code @OidcSecurity}, so that record must exist with exactly that id:
 * it is inserted straight into the database (the API always makes a new id). Inject the
 * {@code DataSource} in the test class and call {@link #insert} before calling the API as the patient.
 */
public final class TestPatients {

    private TestPatients() {
    }

    /** Inserts an active patient of {@code clinicId}; does nothing if the id exists, so it may run before each test. */
    public static void insert(DataSource dataSource, String clinicId, UUID id, String familyName, LocalDate birthDate) {
        String givenName = "Test";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into patient (id, clinic_id, version, created_at, updated_at, given_name, family_name,
                                             birth_date, sex, search_text)
                        values (?, ?, 0, now(), now(), ?, ?, ?, 'unknown', ?)
                        on conflict (id) do nothing""")) {
            insert.setObject(1, id);
            insert.setString(2, clinicId);
            insert.setString(3, givenName);
            insert.setString(4, familyName);
            insert.setObject(5, birthDate);
            insert.setString(6, SearchText.document(givenName, familyName, null, null, null));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot insert test patient " + id, e);
        }
    }
}
