package dev.clinic.session.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.persistence.TenantEntity;

/**
 * A patient's course of treatment in one modality. Its progress is not stored: it is derived
 * from the signed sessions whenever the plan is read (see {@link TreatmentPlanSchedule}).
 */
@Entity
@Table(name = "treatment_plan")
public class TreatmentPlan extends TenantEntity {

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    /**
     * The practitioner who made the plan: booking-service's record and the login ({@code sub}), like
     * a session's. A colleague replacing the plan does not take it over; the audit trail names who
     * changed it.
     */
    @Column(name = "practitioner_id", updatable = false)
    private UUID practitionerId;

    @Column(name = "practitioner_subject", nullable = false, updatable = false)
    private String practitionerSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Modality modality;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<String> goals = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "diagnosis_codes", nullable = false)
    private List<String> diagnosisCodes = new ArrayList<>();

    @Column(name = "planned_sessions", nullable = false)
    private int plannedSessions;

    @Column(name = "sessions_per_week", nullable = false)
    private int sessionsPerWeek;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "review_date", nullable = false)
    private LocalDate reviewDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TreatmentPlanStatus status;

    protected TreatmentPlan() {
    }

    /** A new ACTIVE plan; values not given follow the four-week roadmap. */
    public static TreatmentPlan start(TreatmentPlanContent requested, UUID practitionerId, String practitionerSubject) {
        TreatmentPlanContent content = TreatmentPlanSchedule.checked(requested);
        TreatmentPlan plan = new TreatmentPlan();
        plan.patientId = content.patientId();
        plan.modality = content.modality();
        plan.practitionerId = practitionerId;
        plan.practitionerSubject = practitionerSubject;
        plan.status = TreatmentPlanStatus.ACTIVE;
        plan.write(content);
        return plan;
    }

    /**
     * Replaces the whole plan (values left out take their defaults again); {@code status} null keeps
     * the current one. The patient and the modality are what the plan is about and never change
     * (400 naming the field). A closed plan is final: replacing it with exactly what it holds
     * answers it unchanged (a retry is safe), anything else is a 409.
     */
    public void replace(TreatmentPlanContent requested, TreatmentPlanStatus requestedStatus) {
        TreatmentPlanContent content = TreatmentPlanSchedule.checked(requested);
        List<FieldError> fixed = new ArrayList<>();
        if (!patientId.equals(content.patientId())) {
            fixed.add(new FieldError("patientId", "cannot be changed; a plan stays with its patient"));
        }
        if (modality != content.modality()) {
            fixed.add(new FieldError("modality", "cannot be changed; start a new plan for " + content.modality()));
        }
        if (!fixed.isEmpty()) {
            throw ProblemException.invalid(fixed);
        }
        TreatmentPlanStatus next = requestedStatus == null ? status : requestedStatus;
        if (status.isClosed() && next == status && content.equals(content())) {
            return;
        }
        TreatmentPlanSchedule.checkChange(getId(), status, next);
        status = next;
        write(content);
    }

    private void write(TreatmentPlanContent content) {
        goals = new ArrayList<>(content.goals());
        diagnosisCodes = new ArrayList<>(content.diagnosisCodes());
        plannedSessions = content.plannedSessions();
        sessionsPerWeek = content.sessionsPerWeek();
        startDate = content.startDate();
        reviewDate = content.reviewDate();
    }

    /** What the plan holds, in the shape a practitioner writes it. */
    public TreatmentPlanContent content() {
        return new TreatmentPlanContent(patientId, modality, goals, diagnosisCodes, plannedSessions, sessionsPerWeek,
                startDate, reviewDate);
    }

    /** The progress, given how many signed sessions count towards this plan. */
    public TreatmentPlanSchedule.Progress progress(long sessionsSigned) {
        return TreatmentPlanSchedule.progress(plannedSessions, sessionsSigned, status, reviewDate);
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

    public List<String> getGoals() {
        return List.copyOf(goals);
    }

    public List<String> getDiagnosisCodes() {
        return List.copyOf(diagnosisCodes);
    }

    public int getPlannedSessions() {
        return plannedSessions;
    }

    public int getSessionsPerWeek() {
        return sessionsPerWeek;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public TreatmentPlanStatus getStatus() {
        return status;
    }
}
