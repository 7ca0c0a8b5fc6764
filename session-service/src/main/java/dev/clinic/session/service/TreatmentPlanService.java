package dev.clinic.session.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.clinic.platform.audit.AuditLog;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.security.CurrentUser;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;
import dev.clinic.session.client.BookingClient;
import dev.clinic.session.client.PatientClient;
import dev.clinic.session.client.PractitionerView;
import dev.clinic.session.domain.TreatmentPlan;
import dev.clinic.session.domain.TreatmentPlanContent;
import dev.clinic.session.domain.TreatmentPlanSchedule;
import dev.clinic.session.domain.TreatmentPlanStatus;
import dev.clinic.session.repository.TreatmentPlanRepository;

/**
 * Treatment plan use cases; each runs in one transaction and leaves one audit row naming the
 * patient. Every answer carries the plan's progress, derived from the signed sessions as it is read.
 */
@ApplicationScoped
public class TreatmentPlanService {

    static final String RESOURCE = "TREATMENT_PLAN";
    static final String NOT_FOUND = "Treatment plan";

    /** A plan with its progress at the time it was read. */
    public record TrackedPlan(TreatmentPlan plan, TreatmentPlanSchedule.Progress progress) {
    }

    private final TreatmentPlanRepository plans;
    private final BookingClient booking;
    private final PatientClient patients;
    private final AuditLog audit;
    private final CurrentUser caller;

    TreatmentPlanService(TreatmentPlanRepository plans, BookingClient booking, PatientClient patients, AuditLog audit,
            CurrentUser caller) {
        this.plans = plans;
        this.booking = booking;
        this.patients = patients;
        this.audit = audit;
        this.caller = caller;
    }

    /**
     * A new ACTIVE plan made by the calling practitioner (booking-service's record of their login)
     * for a patient of the clinic (patient-service); the input is checked before either is asked.
     */
    @Transactional
    public TrackedPlan create(TreatmentPlanContent requested) {
        TreatmentPlanContent content = TreatmentPlanSchedule.checked(requested);
        PractitionerView practitioner = booking.callerPractitioner();
        patients.referenced(content.patientId(), content.modality(), content.startDate());
        TreatmentPlan plan = TreatmentPlan.start(content, practitioner.id(), caller.subject());
        plans.persistAndFlush(plan);
        audit.record("CREATE", RESOURCE, plan.getId(), plan.getPatientId());
        return tracked(plan);
    }

    /** A patient caller reaches only their own plans; any other is answered 404 like a missing one. */
    @Transactional
    public TrackedPlan get(UUID id) {
        TreatmentPlan plan = find(id);
        audit.record("READ", RESOURCE, id, plan.getPatientId());
        return tracked(plan);
    }

    /**
     * Any practitioner of the clinic may replace a plan (colleagues cover each other's patients);
     * the plan keeps the practitioner who made it.
     */
    @Transactional
    public TrackedPlan replace(UUID id, String ifMatch, TreatmentPlanContent content, TreatmentPlanStatus status) {
        TreatmentPlan plan = find(id);
        ETags.checkIfMatch(ifMatch, plan.getVersion());
        if (content.patientId() != null && !content.patientId().equals(plan.getPatientId())) {
            // a patient the clinic does not have: 404 (as on create); one it has: the plan's 400 (never changes)
            patients.referenced(content.patientId(), plan.getModality(), content.startDate());
        }
        plan.replace(content, status);
        plans.flush();
        audit.record("UPDATE", RESOURCE, id, plan.getPatientId());
        return tracked(plan);
    }

    /** A patient caller lists their own plans only: no {@code patientId}, or their own; another is a 404. */
    @Transactional
    public Page<TrackedPlan> list(UUID patientId, TreatmentPlanStatus status, PageParams page) {
        UUID patient = patientId;
        if (caller.hasRole(Roles.PATIENT)) {
            if (patientId != null) {
                caller.requireOwnPatientRecord("Patient", patientId);
            }
            patient = caller.patientId().orElseThrow(
                    () -> ProblemException.forbidden("The access token carries no patient_id claim"));
        }
        Page<TreatmentPlan> result = plans.page(patient, status, page);
        Map<UUID, Long> signed = plans.signedSessionCounts(caller.clinicId(),
                result.items().stream().map(TreatmentPlan::getId).toList());
        audit.record("LIST", RESOURCE, null, patient);
        return result.map(plan -> new TrackedPlan(plan, plan.progress(signed.getOrDefault(plan.getId(), 0L))));
    }

    private TreatmentPlan find(UUID id) {
        TreatmentPlan plan = plans.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(NOT_FOUND, id));
        if (caller.hasRole(Roles.PATIENT) && !caller.patientId().map(plan.getPatientId()::equals).orElse(false)) {
            throw ProblemException.notFound(NOT_FOUND, id);
        }
        return plan;
    }

    private TrackedPlan tracked(TreatmentPlan plan) {
        long signed = plans.signedSessionCounts(caller.clinicId(), List.of(plan.getId()))
                .getOrDefault(plan.getId(), 0L);
        return new TrackedPlan(plan, plan.progress(signed));
    }
}
