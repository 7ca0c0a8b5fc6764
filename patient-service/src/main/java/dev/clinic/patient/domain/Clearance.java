package dev.clinic.patient.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import dev.clinic.platform.persistence.TenantEntity;

/**
 * A clinician's clearance of one contraindication for dry needling. Never deleted: a re-screening
 * that raises the code anew ends it ({@code invalidatedAt}, see {@link ClearanceRules}).
 */
@Entity
@Table(name = "clearance")
public class Clearance extends TenantEntity {

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContraindicationCode code;

    @Column(name = "cleared_by_name", nullable = false, updatable = false)
    private String clearedByName;

    @Column(name = "cleared_by_role", nullable = false, updatable = false)
    private String clearedByRole;

    @Column(name = "cleared_on", nullable = false, updatable = false)
    private LocalDate clearedOn;

    @Column(name = "valid_until", updatable = false)
    private LocalDate validUntil;

    @Column(updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "invalidated_at")
    private Instant invalidatedAt;

    protected Clearance() {
    }

    public Clearance(UUID patientId, ContraindicationCode code, String clearedByName, String clearedByRole,
            LocalDate clearedOn, LocalDate validUntil, String note, String recordedBy) {
        this.patientId = patientId;
        this.code = code;
        this.clearedByName = clearedByName;
        this.clearedByRole = clearedByRole;
        this.clearedOn = clearedOn;
        this.validUntil = validUntil;
        this.note = note;
        this.recordedBy = recordedBy;
    }

    /** Ended by a re-screening that raised the code anew; kept for the record, no longer counted. */
    public void invalidate(Instant at) {
        if (invalidatedAt == null) {
            invalidatedAt = at;
        }
    }

    public boolean isInvalidated() {
        return invalidatedAt != null;
    }

    public ClearanceTerm term() {
        return new ClearanceTerm(code, clearedOn, validUntil);
    }

    public UUID getPatientId() {
        return patientId;
    }

    public ContraindicationCode getCode() {
        return code;
    }

    public String getClearedByName() {
        return clearedByName;
    }

    public String getClearedByRole() {
        return clearedByRole;
    }

    public LocalDate getClearedOn() {
        return clearedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getInvalidatedAt() {
        return invalidatedAt;
    }
}
