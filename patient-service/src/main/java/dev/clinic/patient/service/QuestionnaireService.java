package dev.clinic.patient.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.clinic.patient.domain.Patient;
import dev.clinic.patient.domain.Questionnaire;
import dev.clinic.patient.domain.QuestionnaireRules;
import dev.clinic.patient.domain.QuestionnaireType;
import dev.clinic.patient.domain.ScoredQuestionnaire;
import dev.clinic.patient.repository.QuestionnaireRepository;
import dev.clinic.platform.audit.AuditLog;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.problem.ProblemException;

/** HIT-6 and MIDAS use cases; each runs in one transaction and leaves one audit row. */
@ApplicationScoped
public class QuestionnaireService {

    static final String RESOURCE = "QUESTIONNAIRE";

    private final QuestionnaireRepository questionnaires;
    private final PatientAccess access;
    private final AuditLog audit;

    QuestionnaireService(QuestionnaireRepository questionnaires, PatientAccess access, AuditLog audit) {
        this.questionnaires = questionnaires;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Scores and records a completed questionnaire.
     *
     * @param answers the answers as the client sent them: HIT-6 answer names or MIDAS day counts
     * @param completedAt when the patient completed it; null for now
     */
    @Transactional
    public Questionnaire record(UUID patientId, QuestionnaireType type, List<?> answers, Instant completedAt) {
        Patient patient = access.require(patientId);
        patient.requireActive();
        ScoredQuestionnaire scored = QuestionnaireRules.score(type, answers);
        Instant now = ClinicDates.now();
        Instant completed = completedAt == null ? now : completedAt.truncatedTo(ChronoUnit.MICROS);
        QuestionnaireRules.checkCompletedAt(completed, now);
        Questionnaire questionnaire = new Questionnaire(patientId, scored, completed);
        questionnaires.persistAndFlush(questionnaire);
        audit.record("CREATE", RESOURCE, questionnaire.getId(), patientId);
        return questionnaire;
    }

    @Transactional
    public Questionnaire get(UUID patientId, UUID questionnaireId) {
        access.require(patientId);
        Questionnaire questionnaire = questionnaires.findByIdOptional(questionnaireId)
                .filter(q -> q.getPatientId().equals(patientId))
                .orElseThrow(() -> ProblemException.notFound("Questionnaire", questionnaireId));
        audit.record("READ", RESOURCE, questionnaireId, patientId);
        return questionnaire;
    }

    /** @param type only questionnaires of this type, or null for all */
    @Transactional
    public Page<Questionnaire> list(UUID patientId, QuestionnaireType type, PageParams page) {
        access.require(patientId);
        Page<Questionnaire> result = questionnaires.page(patientId, type, page);
        audit.record("LIST", RESOURCE, null, patientId);
        return result;
    }
}
