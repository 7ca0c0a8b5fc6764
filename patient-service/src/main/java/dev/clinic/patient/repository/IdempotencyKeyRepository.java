package dev.clinic.patient.repository;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The platform's {@code idempotency_key} table, for a write that creates <em>or replaces</em>
 * (the diary's POST), which the platform's create-only helper cannot answer: it always replays a
 * 201. Same table, so keys stay per clinic across every resource. A key's {@code location} is the
 * {@code Location} header of the first answer: set when it created a record (201), null when it
 * replaced one (200, which has no Location). Only ids are kept, never health data.
 */
@ApplicationScoped
public class IdempotencyKeyRepository {

    /** What the first request with a key left behind. */
    public record Stored(String requestHash, UUID resourceId, String location) {
    }

    private final EntityManager entityManager;

    IdempotencyKeyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Claims the key for this transaction. A concurrent claim of the same key waits here until
     * the first transaction ends: it then finds the key taken (commit) or takes it (rollback).
     *
     * @return true when this request is the first with the key
     */
    public boolean claim(String clinicId, String key, String requestHash, Duration retention) {
        entityManager.createNativeQuery("""
                delete from idempotency_key
                where clinic_id = ?1 and idempotency_key = ?2 and created_at < now() - cast(?3 as interval)""")
                .setParameter(1, clinicId).setParameter(2, key).setParameter(3, retention.toSeconds() + " seconds")
                .executeUpdate();
        return entityManager.createNativeQuery("""
                insert into idempotency_key (clinic_id, idempotency_key, request_hash, created_at)
                values (?1, ?2, ?3, now()) on conflict do nothing""")
                .setParameter(1, clinicId).setParameter(2, key).setParameter(3, requestHash)
                .executeUpdate() == 1;
    }

    /** Records what the first request made; {@code location} null when it replaced a record. */
    public void remember(String clinicId, String key, UUID resourceId, String location) {
        // The claim left location null, which is what a replace keeps; no untyped null is ever bound.
        var update = location == null
                ? entityManager.createNativeQuery("""
                        update idempotency_key set resource_id = ?3
                        where clinic_id = ?1 and idempotency_key = ?2""")
                : entityManager.createNativeQuery("""
                        update idempotency_key set resource_id = ?3, location = ?4
                        where clinic_id = ?1 and idempotency_key = ?2""").setParameter(4, location);
        update.setParameter(1, clinicId).setParameter(2, key).setParameter(3, resourceId).executeUpdate();
    }

    public Optional<Stored> find(String clinicId, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select request_hash, resource_id, location from idempotency_key
                where clinic_id = ?1 and idempotency_key = ?2""")
                .setParameter(1, clinicId).setParameter(2, key)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Stored((String) row[0], (UUID) row[1], (String) row[2]));
    }
}
