package dev.clinic.session.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.security.CurrentUser;
import dev.clinic.platform.security.Roles;
import dev.clinic.session.domain.TreatmentSession;
import dev.clinic.session.repository.TreatmentSessionRepository;

/**
 * Which sessions a caller reaches. Staff reach every session of their clinic (roles decide the
 * rest); a patient reaches only their own signed sessions: drafts and other patients' sessions are
 * answered 404, exactly like sessions that do not exist.
 */
@ApplicationScoped
public class SessionAccess {

    static final String NOT_FOUND = "Session";

    private final TreatmentSessionRepository sessions;
    private final CurrentUser caller;

    SessionAccess(TreatmentSessionRepository sessions, CurrentUser caller) {
        this.sessions = sessions;
        this.caller = caller;
    }

    /** @throws ProblemException 404 when there is no such session the caller may reach */
    public TreatmentSession find(UUID id) {
        TreatmentSession session = sessions.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound(NOT_FOUND, id));
        if (caller.hasRole(Roles.PATIENT)
                && !(session.isSigned() && caller.patientId().map(session.getPatientId()::equals).orElse(false))) {
            throw ProblemException.notFound(NOT_FOUND, id);
        }
        return session;
    }
}
