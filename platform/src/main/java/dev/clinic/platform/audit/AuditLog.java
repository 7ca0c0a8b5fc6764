package dev.clinic.platform.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.clinic.platform.security.CurrentUser;
import dev.clinic.platform.web.RequestIds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Writes one audit row per read or change of a patient-related record, in the transaction of
 * the use case: what is audited is exactly what happened; and one per refused request, in a
 * transaction of its own. Rows are append-only (a database
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
        insert(currentUser.clinicId(), currentUser.subject(), currentUser.clientId(), action, resourceType,
                resourceId, patientId, Outcome.SUCCESS, requestId(), null, null, null);
    }

    /**
     * A refused request (see {@link DeniedAttempts}), in a transaction of its own: the refused use
     * case's rollback cannot take it along.
     */
    void recordDenied(DeniedAttempts.Attempt attempt) {
        DeniedAttempts.Target target = attempt.target();
        QuarkusTransaction.requiringNew().run(() -> insert(attempt.clinicId(), attempt.subject(), attempt.clientId(),
                target.action(), target.resourceType(), target.resourceId(), target.patientId(), Outcome.DENIED,
                attempt.requestId(), attempt.method(), attempt.path(), attempt.status()));
    }

    private void insert(String clinicId, String subject, String clientId, String action, String resourceType,
            UUID resourceId, UUID patientId, Outcome outcome, String requestId, String method, String path,
            Integer status) {
        entityManager.createNativeQuery("""
                insert into audit_event (id, clinic_id, occurred_at, subject, client_id, action, resource_type,
                                         resource_id, patient_id, outcome, request_id, http_method, path, status)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, cast(?14 as smallint))""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, clinicId)
                .setParameter(3, Instant.now().truncatedTo(ChronoUnit.MICROS))
                .setParameter(4, subject)
                .setParameter(5, clientId)
                .setParameter(6, action)
                .setParameter(7, resourceType)
                .setParameter(8, resourceId)
                .setParameter(9, patientId)
                .setParameter(10, outcome.name())
                .setParameter(11, requestId)
                .setParameter(12, method)
                .setParameter(13, path)
                .setParameter(14, status == null ? null : status.toString())
                .executeUpdate();
    }

    private String requestId() {
        var context = currentRequest.getCurrent();
        return context == null ? null : RequestIds.of(context.request());
    }
}
