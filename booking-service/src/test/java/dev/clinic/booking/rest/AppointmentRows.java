package dev.clinic.booking.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Appointment rows written straight into the database, for tests whose caller may not book (a
 * practitioner, an integrator, another clinic) or whose patient patient-service would refuse (the
 * fake's HANGING patient), and reads of the audit trail those tests check.
 */
@ApplicationScoped
public class AppointmentRows {

    /** Each row gets its own day, so rows of one patient never collide in the exclusion constraints. */
    private static final AtomicInteger DAYS = new AtomicInteger();
    private static final Instant FIRST = Instant.parse("2031-01-06T09:00:00Z");

    private final EntityManager em;

    AppointmentRows(EntityManager em) {
        this.em = em;
    }

    /** The start of the next free day, 09:00 UTC: inside the fixtures' 08:00–18:00 hours. */
    public static Instant nextStart() {
        return FIRST.plus(Duration.ofDays(DAYS.incrementAndGet()));
    }

    /**
     * A 30-minute appointment with a 10-minute buffer, as the fixtures' dry-needling type; its modality
     * (and technique) are the type's, as a booking takes them.
     */
    public UUID insert(String clinic, UUID patient, UUID practitioner, UUID type, UUID location, Instant start,
            String status) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into appointment (id, clinic_id, version, created_at, updated_at, patient_id, practitioner_id,
                    appointment_type_id, modality, massage_technique, location_id, start_at, end_at, blocked_until,
                    status, source, cancellation_reason)
                values (?1, ?2, 0, now(), now(), ?3, ?4, ?5,
                    (select t.modality from appointment_type t where t.id = ?5),
                    (select t.massage_technique from appointment_type t where t.id = ?5),
                    ?6, ?7, ?8, ?9, ?10, 'STAFF', ?11)""")
                .setParameter(1, id).setParameter(2, clinic).setParameter(3, patient).setParameter(4, practitioner)
                .setParameter(5, type).setParameter(6, location).setParameter(7, start)
                .setParameter(8, start.plus(Duration.ofMinutes(30))).setParameter(9, start.plus(Duration.ofMinutes(40)))
                .setParameter(10, status).setParameter(11, status.equals("CANCELLED") ? "CLINIC" : null)
                .executeUpdate());
        return id;
    }

    public UUID patientOf(UUID appointment) {
        return QuarkusTransaction.requiringNew().call(() -> (UUID) em
                .createNativeQuery("select patient_id from appointment where id = ?1")
                .setParameter(1, appointment).getSingleResult());
    }

    public Instant startOf(UUID appointment) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object value = em.createNativeQuery("select start_at from appointment where id = ?1")
                    .setParameter(1, appointment).getSingleResult();
            return value instanceof java.time.OffsetDateTime odt ? odt.toInstant() : (Instant) value;
        });
    }

    /**
     * The audit actions the use cases recorded for one appointment (SUCCESS rows), oldest first.
     * Refused requests add DENIED rows too; platform's DeniedAttempts and the AuditEventsTests cover those.
     */
    @SuppressWarnings("unchecked")
    public List<String> auditActions(UUID appointment) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select action || '|' || resource_type || '|' || coalesce(cast(patient_id as text), '-') || '|' || outcome
                from audit_event where resource_id = ?1 and outcome = 'SUCCESS' order by occurred_at""")
                .setParameter(1, appointment).getResultList());
    }

    /** Who the audit rows of one appointment name (token subjects). */
    @SuppressWarnings("unchecked")
    public List<String> auditSubjects(UUID appointment) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select subject from audit_event where resource_id = ?1 order by occurred_at")
                .setParameter(1, appointment).getResultList());
    }

    /** LIST rows of a clinic, as "subject|patient" ("-" for a list not narrowed to one patient). */
    @SuppressWarnings("unchecked")
    public List<String> listAudits(String clinic) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select subject || '|' || coalesce(cast(patient_id as text), '-')
                from audit_event where clinic_id = ?1 and action = 'LIST' and resource_type = 'APPOINTMENT'
                order by occurred_at""")
                .setParameter(1, clinic).getResultList());
    }
}
