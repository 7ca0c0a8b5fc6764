package dev.clinic.session.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.clinic.platform.audit.AuditLog;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.security.CurrentUser;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;
import dev.clinic.session.client.AppointmentView;
import dev.clinic.session.client.BookingClient;
import dev.clinic.session.client.EligibilityView;
import dev.clinic.session.client.PatientClient;
import dev.clinic.session.client.PractitionerView;
import dev.clinic.session.domain.Modality;
import dev.clinic.session.domain.SessionContent;
import dev.clinic.session.domain.SessionRules;
import dev.clinic.session.domain.SessionStatus;
import dev.clinic.session.domain.TreatmentSession;
import dev.clinic.session.domain.clinical.BillingLine;
import dev.clinic.session.domain.clinical.RuleFinding;
import dev.clinic.session.domain.clinical.SigningCheck;
import dev.clinic.session.domain.clinical.SigningRules;
import dev.clinic.session.repository.TreatmentSessionRepository;
import dev.clinic.session.repository.TreatmentSessionRepository.Filter;

/**
 * Treatment session use cases; each runs in one transaction and leaves one audit row naming the
 * patient. Calls to booking-service and patient-service come before anything is written, so a
 * service that is down leaves nothing half-done (503).
 * <p>
 * The session date, for eligibility, is the UTC date of {@code startedAt}.
 */
@ApplicationScoped
public class TreatmentSessionService {

    static final String RESOURCE = "SESSION";

    /** A draft to start: from an appointment, or for a patient named directly. */
    public record NewDraft(UUID appointmentId, UUID patientId, SessionContent content) {
    }

    /** A signed session and the warnings signing gave. */
    public record Signed(TreatmentSession session, List<RuleFinding> warnings) {
    }

    private final TreatmentSessionRepository sessions;
    private final SessionAccess access;
    private final BookingClient booking;
    private final PatientClient patients;
    private final AuditLog audit;
    private final CurrentUser caller;

    TreatmentSessionService(TreatmentSessionRepository sessions, SessionAccess access, BookingClient booking,
            PatientClient patients, AuditLog audit, CurrentUser caller) {
        this.sessions = sessions;
        this.access = access;
        this.booking = booking;
        this.patients = patients;
        this.audit = audit;
        this.caller = caller;
    }

    /**
     * Starts a draft written by the calling practitioner. From an appointment, the patient, the
     * practitioner and the treatment come from booking-service: the appointment must be the
     * caller's, checked in or completed, and not documented yet. Without one, the patient must be
     * one of the clinic's (patient-service).
     */
    @Transactional
    public TreatmentSession create(NewDraft draft) {
        TreatmentSession session = draft.appointmentId() == null ? standalone(draft) : fromAppointment(draft);
        sessions.persistAndFlush(session);
        audit.record("CREATE", RESOURCE, session.getId(), session.getPatientId());
        return session;
    }

    private TreatmentSession standalone(NewDraft draft) {
        // every missing or broken field named at once, the patient with the rest
        List<FieldError> errors = new ArrayList<>();
        if (draft.patientId() == null) {
            errors.add(new FieldError("patientId", "is required when no appointmentId is given"));
        }
        errors.addAll(SessionRules.violations(draft.content()));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        PractitionerView practitioner = booking.callerPractitioner();
        // Makes sure the patient is one of the clinic's; eligibility itself matters when signing.
        patients.referenced(draft.patientId(), draft.content().modality(), sessionDate(draft.content().startedAt()));
        return TreatmentSession.draft(null, draft.patientId(), practitioner.id(), caller.subject(), draft.content());
    }

    private TreatmentSession fromAppointment(NewDraft draft) {
        AppointmentView appointment = booking.appointment(draft.appointmentId());
        PractitionerView practitioner = booking.callerPractitioner();
        if (!practitioner.id().equals(appointment.practitionerId())) {
            throw ProblemException.forbidden("Only the appointment's practitioner documents appointment "
                    + appointment.id());
        }
        if (!appointment.tookPlace()) {
            throw ProblemException.conflict("appointment-not-checked-in", "Appointment " + appointment.id() + " is "
                    + appointment.status() + "; a session documents an appointment that is CHECKED_IN or COMPLETED",
                    Map.of("appointmentStatus", String.valueOf(appointment.status())));
        }
        SessionContent content = draft.content();
        requireSame("patientId", draft.patientId(), appointment.patientId(), "the appointment's patient");
        requireSame("modality", content.modality(), appointment.modality(), "the appointment's modality");
        requireSame("massageTechnique", content.massageTechnique(), appointment.massageTechnique(),
                "the appointment's massage technique");
        sessions.findByAppointment(appointment.id()).ifPresent(existing -> {
            throw ProblemException.conflict("session-exists", "Appointment " + appointment.id()
                    + " is already documented by session " + existing.getId(),
                    Map.of("existingSessionId", existing.getId().toString()));
        });
        SessionContent filled = content.withTreatment(appointment.modality(), appointment.massageTechnique(),
                content.startedAt() == null ? appointment.start() : content.startedAt());
        return TreatmentSession.draft(appointment.id(), appointment.patientId(), practitioner.id(),
                caller.subject(), filled);
    }

    /**
     * Replaces a draft's content. The appointment and the patient are the session's for good; a
     * session from an appointment keeps the appointment's treatment.
     */
    @Transactional
    public TreatmentSession replace(UUID id, String ifMatch, NewDraft draft) {
        TreatmentSession session = access.find(id);
        ETags.checkIfMatch(ifMatch, session.getVersion());
        // who may change it and whether it may change at all come before what the body says
        session.checkChangeableBy(caller.subject());
        // an id the session cannot take: 404 when the clinic has no such record (as on create), else 400
        if (draft.appointmentId() != null && !draft.appointmentId().equals(session.getAppointmentId())) {
            booking.appointment(draft.appointmentId());
        }
        if (draft.patientId() != null && !draft.patientId().equals(session.getPatientId())) {
            patients.referenced(draft.patientId(), session.getModality(), sessionDate(session.getStartedAt()));
        }
        requireSame("appointmentId", draft.appointmentId(), session.getAppointmentId(), "the session's appointment");
        requireSame("patientId", draft.patientId(), session.getPatientId(), "the session's patient");
        SessionContent content = draft.content();
        if (session.getAppointmentId() != null) {
            requireSame("modality", content.modality(), session.getModality(), "the appointment's modality");
            requireSame("massageTechnique", content.massageTechnique(), session.getMassageTechnique(),
                    "the appointment's massage technique");
            content = content.withTreatment(session.getModality(), session.getMassageTechnique(),
                    content.startedAt() == null ? session.getStartedAt() : content.startedAt());
        }
        session.replaceContent(content, caller.subject());
        sessions.flush();
        audit.record("UPDATE", RESOURCE, id, session.getPatientId());
        return session;
    }

    /**
     * Signs a draft when every signing rule holds; for dry needling, patient-service decides
     * whether the patient is eligible on the session date (down: 503, nothing signed).
     */
    @Transactional
    public Signed sign(UUID id, String ifMatch) {
        TreatmentSession session = access.find(id);
        ETags.checkIfMatch(ifMatch, session.getVersion());
        session.checkChangeableBy(caller.subject());
        boolean first = !sessions.hasOtherSigned(session.getPatientId(), Modality.DRY_NEEDLING, id);
        SigningCheck check = session.signingCheck(first);
        if (session.getModality() == Modality.DRY_NEEDLING) {
            EligibilityView eligibility = patients.eligibility(session.getPatientId(), Modality.DRY_NEEDLING,
                    sessionDate(session.getStartedAt()));
            if (!eligibility.eligible()) {
                check = check.withViolation(SigningRules.notEligible(eligibility.blockers()));
            }
        }
        session.sign(caller.subject(), check, Instant.now());
        sessions.flush();
        audit.record("SIGN", RESOURCE, id, session.getPatientId());
        return new Signed(session, check.warnings());
    }

    @Transactional
    public TreatmentSession get(UUID id) {
        TreatmentSession session = access.find(id);
        audit.record("READ", RESOURCE, id, session.getPatientId());
        return session;
    }

    /** The CPT lines of a session, as {@link TreatmentSession#billing()} derives them. */
    @Transactional
    public Billed billing(UUID id) {
        TreatmentSession session = access.find(id);
        audit.record("READ", "SESSION_BILLING", id, session.getPatientId());
        return new Billed(session, session.billing());
    }

    /** A session with its billing lines. */
    public record Billed(TreatmentSession session, List<BillingLine> lines) {
    }

    /** A patient lists only their own signed sessions: no {@code patientId}, or their own; another is a 404. */
    @Transactional
    public Page<TreatmentSession> list(Filter filter, PageParams page) {
        Filter scoped = filter;
        if (caller.hasRole(Roles.PATIENT)) {
            UUID own = caller.patientId().orElseThrow(
                    () -> ProblemException.forbidden("The access token carries no patient_id claim"));
            caller.requireOwnPatientRecord("Patient", filter.patientId() == null ? own : filter.patientId());
            if (filter.status() == SessionStatus.DRAFT) {
                audit.record("LIST", RESOURCE, null, own);
                return new Page<>(List.of(), null);
            }
            scoped = new Filter(own, filter.practitionerId(), filter.from(), filter.to(), SessionStatus.SIGNED);
        }
        Page<TreatmentSession> result = sessions.page(scoped, page);
        audit.record("LIST", RESOURCE, null, scoped.patientId());
        return result;
    }

    private static LocalDate sessionDate(Instant startedAt) {
        return startedAt == null ? null : LocalDate.ofInstant(startedAt, ZoneOffset.UTC);
    }

    /** A field the client may leave out, but if it sends one it must be {@code expected}. */
    private static void requireSame(String field, Object sent, Object expected, String what) {
        if (sent != null && !sent.equals(expected)) {
            throw ProblemException.invalid(List.of(new FieldError(field, "must be " + what + " (" + expected
                    + ") or left out")));
        }
    }
}
