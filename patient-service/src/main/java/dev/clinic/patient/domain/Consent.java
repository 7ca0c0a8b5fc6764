package dev.clinic.patient.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.clinic.platform.persistence.TenantEntity;
import dev.clinic.platform.problem.ProblemException;

/** A signed consent form. Never deleted; a revoked consent stays on record and no longer counts. */
@Entity
@Table(name = "consent")
public class Consent extends TenantEntity {

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentType type;

    @Column(name = "form_version", nullable = false, updatable = false)
    private String formVersion;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(name = "signed_by", nullable = false, updatable = false)
    private String signedBy;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "risks_explained", nullable = false, updatable = false)
    private List<String> risksExplained = new ArrayList<>();

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    protected Consent() {
    }

    public Consent(UUID patientId, ConsentType type, String formVersion, Instant signedAt, String signedBy,
            List<String> risksExplained, String recordedBy) {
        this.patientId = patientId;
        this.type = type;
        this.formVersion = formVersion;
        this.signedAt = signedAt;
        this.signedBy = signedBy;
        this.risksExplained = new ArrayList<>(risksExplained);
        this.recordedBy = recordedBy;
    }

    /** Revocation is final: a consent revoked once cannot be revoked again (409); sign a new one instead. */
    public void revoke(Instant at, String by) {
        if (revokedAt != null) {
            throw ProblemException.conflict("consent-already-revoked",
                    "Consent " + getId() + " was already revoked at " + revokedAt,
                    Map.of("consentId", getId(), "revokedAt", revokedAt));
        }
        revokedAt = at;
        revokedBy = by;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Dates in UTC, like every date this service derives from an instant. */
    public ConsentTerm term() {
        return new ConsentTerm(type, signedAt.atZone(ZoneOffset.UTC).toLocalDate(),
                revokedAt == null ? null : revokedAt.atZone(ZoneOffset.UTC).toLocalDate());
    }

    public UUID getPatientId() {
        return patientId;
    }

    public ConsentType getType() {
        return type;
    }

    public String getFormVersion() {
        return formVersion;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public List<String> getRisksExplained() {
        return List.copyOf(risksExplained);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
