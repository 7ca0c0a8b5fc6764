package dev.clinic.session.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.clinic.platform.persistence.TenantEntity;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.session.domain.clinical.Aftercare;
import dev.clinic.session.domain.clinical.Billing;
import dev.clinic.session.domain.clinical.BillingFacts;
import dev.clinic.session.domain.clinical.BillingLine;
import dev.clinic.session.domain.clinical.NeedlingSite;
import dev.clinic.session.domain.clinical.SigningCheck;
import dev.clinic.session.domain.clinical.SigningRules;

/**
 * One treatment of one patient by one practitioner, documented as a SOAP note with what was
 * needled. The rules of the record live here:
 * <ul>
 * <li>only the session's practitioner (the login that wrote it) changes, signs or amends it;</li>
 * <li>a signed session is evidence and never changes again: any change is a 409, and it grows only
 * by {@link Amendment}s (the database refuses changes to a signed row as well);</li>
 * <li>the content keeps {@link SessionRules} in every state, and signing needs
 * {@link SigningRules} on top.</li>
 * </ul>
 */
@Entity
@Table(name = "treatment_session")
public class TreatmentSession extends TenantEntity {

    /** The 409 problem type of any change to a signed session. */
    public static final String SIGNED_PROBLEM = "session-signed";

    /** The 403 problem type of a change by anyone but the session's practitioner. */
    public static final String NOT_OWNER_PROBLEM = "not-session-owner";

    @Column(name = "appointment_id", updatable = false)
    private UUID appointmentId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    /** booking-service's practitioner record of the practitioner who treated. */
    @Column(name = "practitioner_id", updatable = false)
    private UUID practitionerId;

    /** That practitioner's login (the token's {@code sub}): who may change, sign and amend the session. */
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

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "diagnosis_codes", nullable = false)
    private List<String> diagnosisCodes = new ArrayList<>();

    @Column(name = "needle_lot")
    private String needleLot;

    @Column(name = "aftercare_skin_checked", nullable = false)
    private boolean skinChecked;

    @Column(name = "aftercare_hydration_advised", nullable = false)
    private boolean hydrationAdvised;

    @Column(name = "aftercare_rested_until_steady", nullable = false)
    private boolean restedUntilSteady;

    @Column(name = "aftercare_pneumothorax_advice_given", nullable = false)
    private boolean pneumothoraxAdviceGiven;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "needling_site", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<RecordedNeedlingSite> needlingSites = new ArrayList<>();

    @Column(name = "signed_at")
    private Instant signedAt;

    /** The practitioner record of who signed: always the session's practitioner. */
    @Column(name = "signed_by")
    private UUID signedBy;

    protected TreatmentSession() {
    }

    /**
     * A new draft by the practitioner who treated the patient.
     *
     * @param appointmentId the appointment it documents, or null
     * @param practitionerId booking-service's record of the practitioner
     * @param practitionerSubject their login, the draft's owner
     */
    public static TreatmentSession draft(UUID appointmentId, UUID patientId, UUID practitionerId,
            String practitionerSubject, SessionContent content) {
        TreatmentSession session = new TreatmentSession();
        session.appointmentId = appointmentId;
        session.patientId = patientId;
        session.practitionerId = practitionerId;
        session.practitionerSubject = practitionerSubject;
        session.status = SessionStatus.DRAFT;
        session.write(content);
        return session;
    }

    /** Replaces what the practitioner wrote: a draft only, and only by its practitioner. */
    public void replaceContent(SessionContent content, String callerSubject) {
        checkChangeableBy(callerSubject);
        write(content);
    }

    /**
     * What signing would decide now; the caller adds the eligibility finding it got from
     * patient-service ({@link SigningCheck#withViolation}).
     *
     * @param firstDryNeedlingSession whether the patient has no other signed dry-needling session
     */
    public SigningCheck signingCheck(boolean firstDryNeedlingSession) {
        return SigningRules.check(modality, getNeedlingSites(), getAftercare(), firstDryNeedlingSession);
    }

    /**
     * Signs the draft if {@code check} allows it: from now on the session is evidence.
     *
     * @throws ProblemException 403 for anyone but its practitioner, 409 when already signed or when a
     *         signing rule failed (each one named)
     */
    public void sign(String callerSubject, SigningCheck check, Instant at) {
        checkChangeableBy(callerSubject);
        check.orThrow();
        status = SessionStatus.SIGNED;
        signedAt = at.truncatedTo(ChronoUnit.MICROS);
        signedBy = practitionerId;
    }

    /**
     * An amendment is the only way a signed session grows; a draft is corrected by replacing it.
     *
     * @throws ProblemException 403 for anyone but its practitioner, 409 for a draft
     */
    public Amendment amend(String callerSubject, String reason, String text) {
        requireOwner(callerSubject);
        if (status != SessionStatus.SIGNED) {
            throw ProblemException.conflict("session-not-signed", "Session " + getId()
                    + " is a draft: correct it by replacing it (PUT); amendments are for signed sessions", Map.of());
        }
        touch();
        return new Amendment(this, reason, text, practitionerSubject);
    }

    /** Any practitioner of the clinic records an adverse event, on a draft or a signed session. */
    public AdverseEvent recordAdverseEvent(AdverseEvent.Report report, String recordedBy) {
        AdverseEvent event = new AdverseEvent(this, report, recordedBy);
        touch();
        return event;
    }

    /** The CPT lines this session bills (DOMAIN.md: never an acupuncture code). */
    public List<BillingLine> billing() {
        return Billing.lines(new BillingFacts(modality, massageTechnique, startedAt, endedAt, getNeedlingSites()));
    }

    public boolean isSigned() {
        return status == SessionStatus.SIGNED;
    }

    public boolean isOwnedBy(String subject) {
        return subject != null && subject.equals(practitionerSubject);
    }

    private void requireOwner(String callerSubject) {
        if (!isOwnedBy(callerSubject)) {
            throw new ProblemException(403, NOT_OWNER_PROBLEM, "Forbidden", "Only the session's practitioner may "
                    + "change, sign or amend session " + getId());
        }
    }

    /**
     * The one place that keeps a signed session from changing, and a draft from being changed by
     * anyone but its practitioner.
     *
     * @throws ProblemException 403 for anyone but its practitioner, 409 when signed
     */
    public void checkChangeableBy(String callerSubject) {
        requireOwner(callerSubject);
        if (status == SessionStatus.SIGNED) {
            throw ProblemException.conflict(SIGNED_PROBLEM, "Session " + getId() + " was signed at " + signedAt
                    + " and cannot change; add an amendment (POST /api/v1/sessions/" + getId() + "/amendments)",
                    Map.of("signedAt", signedAt.toString()));
        }
    }

    private void write(SessionContent requested) {
        // PostgreSQL keeps microseconds: check and answer what will be stored, not finer.
        SessionContent content = new SessionContent(requested.modality(), requested.massageTechnique(),
                micros(requested.startedAt()), micros(requested.endedAt()), requested.subjective(),
                requested.objective(), requested.assessment(), requested.plan(), requested.painBefore(),
                requested.painAfter(), requested.diagnosisCodes(), requested.needleLot(), requested.aftercare(),
                requested.needlingSites());
        SessionRules.check(content);
        modality = content.modality();
        massageTechnique = content.massageTechnique();
        startedAt = content.startedAt();
        endedAt = content.endedAt();
        subjective = content.subjective();
        objective = content.objective();
        assessment = content.assessment();
        plan = content.plan();
        painBefore = content.painBefore();
        painAfter = content.painAfter();
        diagnosisCodes = new ArrayList<>(content.diagnosisCodes());
        needleLot = content.needleLot();
        Aftercare aftercare = content.aftercare();
        skinChecked = aftercare.skinChecked();
        hydrationAdvised = aftercare.hydrationAdvised();
        restedUntilSteady = aftercare.restedUntilSteady();
        pneumothoraxAdviceGiven = aftercare.pneumothoraxAdviceGiven();
        needlingSites.clear();
        content.needlingSites().forEach(site -> needlingSites.add(RecordedNeedlingSite.of(site)));
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    public UUID getAppointmentId() {
        return appointmentId;
    }

    public UUID getPatientId() {
        return patientId;
    }

    public UUID getPractitionerId() {
        return practitionerId;
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

    public List<String> getDiagnosisCodes() {
        return List.copyOf(diagnosisCodes);
    }

    public String getNeedleLot() {
        return needleLot;
    }

    public Aftercare getAftercare() {
        return new Aftercare(skinChecked, hydrationAdvised, restedUntilSteady, pneumothoraxAdviceGiven);
    }

    public List<NeedlingSite> getNeedlingSites() {
        return needlingSites.stream().map(RecordedNeedlingSite::toSite).toList();
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public UUID getSignedBy() {
        return signedBy;
    }
}
