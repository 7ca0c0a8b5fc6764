package dev.clinic.patient.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.clinic.patient.domain.Consent;
import dev.clinic.patient.domain.ConsentType;
import dev.clinic.patient.domain.Patient;
import dev.clinic.patient.repository.ConsentRepository;
import dev.clinic.platform.audit.AuditLog;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.web.ETags;

/** Consents: signed, listed, revoked. Each use case runs in one transaction and is audited. */
@ApplicationScoped
public class ConsentService {

    static final String RESOURCE = "CONSENT";

    private final PatientAccess access;
    private final ConsentRepository consents;
    private final Clinician clinician;
    private final AuditLog audit;

    ConsentService(PatientAccess access, ConsentRepository consents, Clinician clinician, AuditLog audit) {
        this.access = access;
        this.consents = consents;
        this.clinician = clinician;
        this.audit = audit;
    }

    /** A signed form; signedAt null means "signed now". */
    public record ConsentInput(ConsentType type, String formVersion, Instant signedAt, String signedBy,
            List<String> risksExplained) {
    }

    @Transactional
    public Consent create(UUID patientId, ConsentInput input) {
        Patient patient = access.require(patientId);
        Instant now = ClinicDates.now();
        if (input.signedAt() != null && input.signedAt().isAfter(now)) {
            throw ProblemException.invalid("signedAt", "must not be in the future; omit it to mean now");
        }
        List<String> risks = input.risksExplained().stream().map(String::strip).toList();
        // Informed consent means the risks were explained (e.g. Virginia 18VAC112-20-121): say which.
        if (input.type() == ConsentType.DRY_NEEDLING_INFORMED && risks.isEmpty()) {
            throw ProblemException.invalid("risksExplained",
                    "must name at least one risk explained for DRY_NEEDLING_INFORMED consent");
        }
        patient.requireActive();
        Consent consent = new Consent(patientId, input.type(), input.formVersion().strip(),
                input.signedAt() != null ? input.signedAt() : now, input.signedBy().strip(), risks,
                clinician.subject());
        consents.persistAndFlush(consent);
        audit.record("CREATE", RESOURCE, consent.getId(), patientId);
        return consent;
    }

    @Transactional
    public Page<Consent> list(UUID patientId, ConsentType type, PageParams page) {
        access.require(patientId);
        Page<Consent> result = consents.page(patientId, type, page);
        audit.record("LIST", RESOURCE, null, patientId);
        return result;
    }

    @Transactional
    public Consent get(UUID patientId, UUID consentId) {
        access.require(patientId);
        Consent consent = find(patientId, consentId);
        audit.record("READ", RESOURCE, consentId, patientId);
        return consent;
    }

    /**
     * Withdrawing consent is always possible, also for an archived patient: it only ever narrows
     * what the clinic may do.
     */
    @Transactional
    public Consent revoke(UUID patientId, UUID consentId, String ifMatch) {
        access.require(patientId);
        Consent consent = find(patientId, consentId);
        ETags.checkIfMatch(ifMatch, consent.getVersion());
        consent.revoke(ClinicDates.now(), clinician.subject());
        consents.flush();
        audit.record("REVOKE", RESOURCE, consentId, patientId);
        return consent;
    }

    private Consent find(UUID patientId, UUID consentId) {
        return consents.findByIdOptional(consentId)
                .filter(c -> c.getPatientId().equals(patientId))
                .orElseThrow(() -> ProblemException.notFound("Consent", consentId));
    }
}
