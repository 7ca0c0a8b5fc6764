package dev.clinic.session.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.clinic.platform.audit.AuditLog;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.security.CurrentUser;
import dev.clinic.session.domain.AdverseEvent;
import dev.clinic.session.domain.Amendment;
import dev.clinic.session.domain.TreatmentSession;
import dev.clinic.session.repository.AdverseEventRepository;
import dev.clinic.session.repository.AmendmentRepository;
import dev.clinic.session.repository.TreatmentSessionRepository;

/**
 * What is added to a session's record after the fact: amendments (a signed session's only way to
 * grow) and adverse events. Adding one moves the session's {@code updatedAt}, so sync lists show
 * the session again. Nothing here calls another service: an adverse event is recorded even when
 * the others are down.
 */
@ApplicationScoped
public class SessionRecordService {

    static final String AMENDMENT = "SESSION_AMENDMENT";
    static final String ADVERSE_EVENT = "ADVERSE_EVENT";

    private final SessionAccess access;
    private final TreatmentSessionRepository sessions;
    private final AmendmentRepository amendments;
    private final AdverseEventRepository adverseEvents;
    private final AuditLog audit;
    private final CurrentUser caller;

    SessionRecordService(SessionAccess access, TreatmentSessionRepository sessions, AmendmentRepository amendments,
            AdverseEventRepository adverseEvents, AuditLog audit, CurrentUser caller) {
        this.access = access;
        this.sessions = sessions;
        this.amendments = amendments;
        this.adverseEvents = adverseEvents;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    public Amendment amend(UUID sessionId, String reason, String text) {
        TreatmentSession session = access.find(sessionId);
        Amendment amendment = session.amend(caller.subject(), reason, text);
        amendments.persist(amendment);
        sessions.flush();
        audit.record("CREATE", AMENDMENT, amendment.getId(), session.getPatientId());
        return amendment;
    }

    @Transactional
    public Amendment amendment(UUID sessionId, UUID id) {
        TreatmentSession session = access.find(sessionId);
        Amendment amendment = amendments.find("id = ?1 and sessionId = ?2", id, sessionId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Amendment", id));
        audit.record("READ", AMENDMENT, id, session.getPatientId());
        return amendment;
    }

    @Transactional
    public Page<Amendment> amendments(UUID sessionId, PageParams page) {
        TreatmentSession session = access.find(sessionId);
        Page<Amendment> result = amendments.page(sessionId, page);
        audit.record("LIST", AMENDMENT, null, session.getPatientId());
        return result;
    }

    @Transactional
    public AdverseEvent recordAdverseEvent(UUID sessionId, AdverseEvent.Report report) {
        TreatmentSession session = access.find(sessionId);
        AdverseEvent event = session.recordAdverseEvent(report, caller.subject());
        adverseEvents.persist(event);
        sessions.flush();
        audit.record("CREATE", ADVERSE_EVENT, event.getId(), session.getPatientId());
        return event;
    }

    @Transactional
    public AdverseEvent adverseEvent(UUID sessionId, UUID id) {
        TreatmentSession session = access.find(sessionId);
        AdverseEvent event = adverseEvents.find("id = ?1 and sessionId = ?2", id, sessionId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Adverse event", id));
        audit.record("READ", ADVERSE_EVENT, id, session.getPatientId());
        return event;
    }

    @Transactional
    public Page<AdverseEvent> adverseEvents(UUID sessionId, PageParams page) {
        TreatmentSession session = access.find(sessionId);
        Page<AdverseEvent> result = adverseEvents.page(sessionId, page);
        audit.record("LIST", ADVERSE_EVENT, null, session.getPatientId());
        return result;
    }
}
