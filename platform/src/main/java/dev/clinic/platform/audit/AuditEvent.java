package dev.clinic.platform.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * One row of the audit log, as the audit log API reads it. Written only by {@link AuditLog} and
 * {@link DeniedAttempts} (plain inserts); {@code @Immutable} here, and a trigger in the database
 * refuses updates and deletes whoever tries. Read only within the caller's clinic ({@code @TenantId}).
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "clinic_id", nullable = false, updatable = false)
    private String clinicId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    private String subject;

    @Column(name = "client_id")
    private String clientId;

    @Column(nullable = false)
    private String action;

    @Column(name = "resource_type", nullable = false)
    private String resourceType;

    @Column(name = "resource_id")
    private UUID resourceId;

    @Column(name = "patient_id")
    private UUID patientId;

    @Column(nullable = false)
    private String outcome;

    @Column(name = "request_id")
    private String requestId;

    @Column(name = "http_method")
    private String httpMethod;

    private String path;

    private Integer status;

    protected AuditEvent() {
    }

    public UUID getId() {
        return id;
    }

    public String getClinicId() {
        return clinicId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getSubject() {
        return subject;
    }

    public String getClientId() {
        return clientId;
    }

    public String getAction() {
        return action;
    }

    public String getResourceType() {
        return resourceType;
    }

    public UUID getResourceId() {
        return resourceId;
    }

    public UUID getPatientId() {
        return patientId;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getRequestId() {
        return requestId;
    }

    public String getHttpMethod() {
        return httpMethod;
    }

    public String getPath() {
        return path;
    }

    public Integer getStatus() {
        return status;
    }
}
