package dev.clinic.session.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import dev.clinic.platform.persistence.TenantEntity;

/** One treatment of one patient by one practitioner, documented as a SOAP note. */
@Entity
@Table(name = "treatment_session")
public class TreatmentSession extends TenantEntity {

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    /**
     * The practitioner's login (the token's {@code sub}). Sessions are not linked to
     * booking-service's practitioner records yet; when they are, this becomes that id.
     */
    @Column(name = "practitioner_subject", nullable = false, updatable = false)
    private String practitionerSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Modality modality;

    @Enumerated(EnumType.STRING)
    @Column(name = "massage_technique")
    private MassageTechnique massageTechnique;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status;

    private String subjective;

    private String objective;

    private String assessment;

    private String plan;

    @Column(name = "pain_before")
    private Integer painBefore;

    @Column(name = "pain_after")
    private Integer painAfter;

    /** A new draft, written by the practitioner who treated the patient. */
    public static TreatmentSession draft(UUID patientId, String practitionerSubject, SessionContent content) {
        TreatmentSession session = new TreatmentSession();
        session.patientId = patientId;
        session.practitionerSubject = practitionerSubject;
        session.status = SessionStatus.DRAFT;
        session.replaceContent(content);
        return session;
    }

    /** Replaces what the practitioner wrote, if it keeps the {@link SessionRules}. */
    public void replaceContent(SessionContent content) {
        // PostgreSQL keeps microseconds: compare and answer what will be stored, not finer.
        SessionContent stored = new SessionContent(content.modality(), content.massageTechnique(),
                micros(content.startedAt()), micros(content.endedAt()), content.subjective(), content.objective(),
                content.assessment(), content.plan(), content.painBefore(), content.painAfter());
        SessionRules.check(stored);
        this.modality = stored.modality();
        this.massageTechnique = stored.massageTechnique();
        this.startedAt = stored.startedAt();
        this.endedAt = stored.endedAt();
        this.subjective = stored.subjective();
        this.objective = stored.objective();
        this.assessment = stored.assessment();
        this.plan = stored.plan();
        this.painBefore = stored.painBefore();
        this.painAfter = stored.painAfter();
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    public UUID getPatientId() {
        return patientId;
    }

    public String getPractitionerSubject() {
        return practitionerSubject;
    }

    public Modality getModality() {
        return modality;
    }

    public MassageTechnique getMassageTechnique() {
        return massageTechnique;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getSubjective() {
        return subjective;
    }

    public String getObjective() {
        return objective;
    }

    public String getAssessment() {
        return assessment;
    }

    public String getPlan() {
        return plan;
    }

    public Integer getPainBefore() {
        return painBefore;
    }

    public Integer getPainAfter() {
        return painAfter;
    }
}
