package dev.clinic.platform.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.clinic.platform.security.CurrentUser;
import dev.clinic.platform.web.RequestIds;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Writes one audit row per read or change of a patient-related record, in the transaction of
 * the use case: what is audited is exactly what happened. Rows are append-only (a database
 * trigger refuses updates and deletes).
 */
@ApplicationScoped
public class AuditLog {

    public enum Outcome {
        SUCCESS, DENIED
    }

    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final CurrentVertxRequest currentRequest;

    AuditLog(EntityManager entityManager, CurrentUser currentUser, CurrentVertxRequest currentRequest) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.currentRequest = currentRequest;
    }

    /**
     * @param action what was done, a verb such as READ, LIST, CREATE, UPDATE, ARCHIVE
     * @param resourceType e.g. PATIENT, SESSION
     * @param resourceId the record, or null for a list
     * @param patientId the patient the record is about, or null
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String resourceType, UUID resourceId, UUID patientId) {
        entityManager.createNativeQuery("""
                insert into audit_event (id, clinic_id, occurred_at, subject, client_id, action, resource_type,
                                         resource_id, patient_id, outcome, request_id)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, currentUser.clinicId())
                .setParameter(3, Instant.now().truncatedTo(ChronoUnit.MICROS))
                .setParameter(4, currentUser.subject())
                .setParameter(5, currentUser.clientId())
                .setParameter(6, action)
                .setParameter(7, resourceType)
                .setParameter(8, resourceId)
                .setParameter(9, patientId)
                .setParameter(10, Outcome.SUCCESS.name())
                .setParameter(11, requestId())
                .executeUpdate();
    }

    private String requestId() {
        var context = currentRequest.getCurrent();
        return context == null ? null : RequestIds.of(context.request());
    }
}
