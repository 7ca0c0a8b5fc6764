package dev.clinic.patient.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.clinic.patient.domain.Clearance;
import dev.clinic.patient.domain.ClearanceTerm;
import dev.clinic.patient.domain.Consent;
import dev.clinic.patient.domain.ConsentTerm;
import dev.clinic.patient.domain.Contraindication;
import dev.clinic.patient.domain.ContraindicationRules;
import dev.clinic.patient.domain.Eligibility;
import dev.clinic.patient.domain.Modality;
import dev.clinic.patient.domain.Patient;
import dev.clinic.patient.domain.Screening;
import dev.clinic.patient.repository.ClearanceRepository;
import dev.clinic.patient.repository.ConsentRepository;
import dev.clinic.patient.repository.ScreeningRepository;
import dev.clinic.platform.audit.AuditLog;

/**
 * Eligibility for a modality on a date, as booking-service and session-service ask for it with
 * their caller's token. The decision is the current screening's, judged on that date (age,
 * clearance validity, consents).
 */
@ApplicationScoped
public class EligibilityService {

    static final String RESOURCE = "ELIGIBILITY";

    private final PatientAccess access;
    private final ScreeningRepository screenings;
    private final ClearanceRepository clearances;
    private final ConsentRepository consents;
    private final Clinician clinician;
    private final AuditLog audit;

    EligibilityService(PatientAccess access, ScreeningRepository screenings, ClearanceRepository clearances,
            ConsentRepository consents, Clinician clinician, AuditLog audit) {
        this.access = access;
        this.screenings = screenings;
        this.clearances = clearances;
        this.consents = consents;
        this.clinician = clinician;
        this.audit = audit;
    }

    /** The decision as this caller may see it: clinical codes, or generic ones only. */
    public record Result(UUID patientId, Modality modality, LocalDate date, Eligibility.Decision decision) {
    }

    @Transactional
    public Result eligibility(UUID patientId, Modality modality, LocalDate date) {
        Patient patient = access.require(patientId);
        LocalDate on = date != null ? date : ClinicDates.today();
        Optional<Screening> screening = screenings.findByPatient(patientId);
        List<Contraindication> contraindications = ContraindicationRules.derive(
                screening.map(Screening::answers).orElse(null), patient.getBirthDate(), on);
        List<ClearanceTerm> clearanceTerms = clearances.standing(patientId).stream().map(Clearance::term).toList();
        List<ConsentTerm> consentTerms = consents.forPatient(patientId).stream().map(Consent::term).toList();
        Eligibility.Decision decision = Eligibility.decide(modality, on, screening.isPresent(), contraindications,
                clearanceTerms, consentTerms);
        audit.record("READ", RESOURCE, null, patientId);
        return new Result(patientId, modality, on, clinician.seesClinicalReasons() ? decision : decision.generic());
    }
}
