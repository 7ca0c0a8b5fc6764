package dev.clinic.booking.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes the setup appointments need straight into the database, for one clinic: a booking test
 * should not depend on the shape of the admin API it does not test. Clinic settings are left at
 * their defaults (UTC, 24-hour cancellation window, 15-minute step).
 */
@ApplicationScoped
public class AppointmentFixtures {

    private final EntityManager em;

    AppointmentFixtures(EntityManager em) {
        this.em = em;
    }

    public UUID location(String clinic) {
        UUID id = UUID.randomUUID();
        insert("insert into location (id, clinic_id, version, created_at, updated_at, name) values (?1, ?2, 0, now(), now(), ?3)",
                id, clinic, "Location " + id);
        return id;
    }

    public UUID room(String clinic, UUID location) {
        UUID id = UUID.randomUUID();
        insert("insert into room (id, clinic_id, version, created_at, updated_at, location_id, name) values (?1, ?2, 0, now(), now(), ?3, ?4)",
                id, clinic, location, "Room " + id);
        return id;
    }

    /** A dry-needling type: 30 minutes plus a 10-minute buffer. */
    public UUID dryNeedlingType(String clinic) {
        UUID id = UUID.randomUUID();
        insert("""
                insert into appointment_type (id, clinic_id, version, created_at, updated_at, name, modality,
                    duration_minutes, buffer_minutes, price_minor, currency, active)
                values (?1, ?2, 0, now(), now(), ?3, 'DRY_NEEDLING', 30, 10, 8000, 'USD', true)""",
                id, clinic, "Dry needling " + id);
        return id;
    }

    /** Makes the type inactive (no longer bookable). */
    public void deactivateType(UUID type) {
        insert("update appointment_type set active = false where id = ?1", type);
    }

    /** A massage type of {@code technique}: 60 minutes plus a 10-minute buffer. */
    public UUID massageType(String clinic, String technique) {
        UUID id = UUID.randomUUID();
        insert("""
                insert into appointment_type (id, clinic_id, version, created_at, updated_at, name, modality,
                    massage_technique, duration_minutes, buffer_minutes, price_minor, currency, active)
                values (?1, ?2, 0, now(), now(), ?3, 'MASSAGE', ?4, 60, 10, 9000, 'USD', true)""",
                id, clinic, "Massage " + id, technique);
        return id;
    }

    /** Turns a type into a massage of {@code technique}, as a clinic admin's replace would. */
    public void makeMassage(UUID type, String technique) {
        insert("update appointment_type set modality = 'MASSAGE', massage_technique = ?1, version = version + 1 where id = ?2",
                technique, type);
    }

    /** The practitioner offers massage as well (their PT_LICENSE qualifies them for it). */
    public void offersMassageToo(UUID practitioner) {
        insert("update practitioner set modalities = array['DRY_NEEDLING', 'MASSAGE'] where id = ?1", practitioner);
    }

    /**
     * Links the login {@code keycloakUserId} (a token's subject) to the practitioner, taking it from
     * whichever practitioner had it: a login belongs to one practitioner record, across clinics.
     */
    public void linkLogin(UUID practitioner, String keycloakUserId) {
        insert("update practitioner set keycloak_user_id = null where keycloak_user_id = ?1", keycloakUserId);
        insert("update practitioner set keycloak_user_id = ?1 where id = ?2", keycloakUserId, practitioner);
    }

    /**
     * An active dry-needling physiotherapist working 08:00–18:00 every day at {@code location},
     * credentials valid until {@code credentialsExpire} (null: no expiry).
     */
    public UUID needlingPractitioner(String clinic, UUID location, LocalDate credentialsExpire) {
        UUID id = UUID.randomUUID();
        insert("""
                insert into practitioner (id, clinic_id, version, created_at, updated_at, given_name, family_name, email,
                    modalities, active)
                values (?1, ?2, 0, now(), now(), 'Test', 'Practitioner', ?3, array['DRY_NEEDLING'], true)""",
                id, clinic, id + "@example.com");
        for (String type : new String[] { "PT_LICENSE", "DRY_NEEDLING_CERT" }) {
            String sql = credentialsExpire == null
                    ? """
                            insert into credential (id, clinic_id, version, created_at, updated_at, practitioner_id, type,
                                jurisdiction, number, issued_on, training_hours)
                            values (?1, ?2, 0, now(), now(), ?3, ?4, 'US-FL', 'N-1', date '2020-01-01', 60)"""
                    : """
                            insert into credential (id, clinic_id, version, created_at, updated_at, practitioner_id, type,
                                jurisdiction, number, issued_on, training_hours, expires_on)
                            values (?1, ?2, 0, now(), now(), ?3, ?4, 'US-FL', 'N-1', date '2020-01-01', 60, ?5)""";
            if (credentialsExpire == null) {
                insert(sql, UUID.randomUUID(), clinic, id, type);
            } else {
                insert(sql, UUID.randomUUID(), clinic, id, type, credentialsExpire);
            }
        }
        for (String day : new String[] { "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY" }) {
            insert("""
                    insert into schedule_interval (id, clinic_id, version, created_at, updated_at, practitioner_id,
                        location_id, weekday, start_time, end_time)
                    values (?1, ?2, 0, now(), now(), ?3, ?4, ?5, time '08:00', time '18:00')""",
                    UUID.randomUUID(), clinic, id, location, day);
        }
        return id;
    }

    public void timeOff(String clinic, UUID practitioner, java.time.Instant start, java.time.Instant end) {
        insert("""
                insert into time_off (id, clinic_id, version, created_at, updated_at, practitioner_id, start_at, end_at, reason)
                values (?1, ?2, 0, now(), now(), ?3, ?4, ?5, 'Conference')""",
                UUID.randomUUID(), clinic, practitioner, start, end);
    }

    public long countAppointments(String clinic) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from appointment where clinic_id = ?1")
                .setParameter(1, clinic).getSingleResult()).longValue());
    }

    public long countAudit(String clinic, String action) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from audit_event where clinic_id = ?1 and action = ?2")
                .setParameter(1, clinic).setParameter(2, action).getSingleResult()).longValue());
    }

    private void insert(String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }
}
