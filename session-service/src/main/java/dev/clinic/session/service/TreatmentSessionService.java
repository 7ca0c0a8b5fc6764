package dev.clinic.session.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.clinic.platform.audit.AuditLog;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.security.CurrentUser;
import dev.clinic.session.domain.SessionContent;
import dev.clinic.session.domain.TreatmentSession;
import dev.clinic.session.repository.TreatmentSessionRepository;

/** Treatment session use cases; each runs in one transaction and leaves one audit row naming the patient. */
@ApplicationScoped
public class TreatmentSessionService {

    static final String RESOURCE = "SESSION";

    private final TreatmentSessionRepository sessions;
    private final AuditLog audit;
    private final CurrentUser caller;

    TreatmentSessionService(TreatmentSessionRepository sessions, AuditLog audit, CurrentUser caller) {
        this.sessions = sessions;
        this.audit = audit;
        this.caller = caller;
    }

    /**
     * Starts a draft written by the caller. The patient is not looked up in patient-service yet
     * (nor their eligibility for dry needling): that call comes with the service client.
     */
    @Transactional
    public TreatmentSession create(UUID patientId, SessionContent content) {
        TreatmentSession session = TreatmentSession.draft(patientId, caller.subject(), content);
        sessions.persistAndFlush(session);
        audit.record("CREATE", RESOURCE, session.getId(), patientId);
        return session;
    }

    @Transactional
    public TreatmentSession get(UUID id) {
        TreatmentSession session = sessions.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Session", id));
        audit.record("READ", RESOURCE, id, session.getPatientId());
        return session;
    }

    @Transactional
    public Page<TreatmentSession> list(UUID patientId, PageParams page) {
        Page<TreatmentSession> result = sessions.page(patientId, page);
        audit.record("LIST", RESOURCE, null, patientId);
        return result;
    }
}
