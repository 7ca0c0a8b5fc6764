package dev.clinic.patient.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.clinic.patient.domain.Answer;
import dev.clinic.patient.domain.Clearance;
import dev.clinic.patient.domain.ClearanceRules;
import dev.clinic.patient.domain.ContraindicationCode;
import dev.clinic.patient.domain.Patient;
import dev.clinic.patient.domain.Screening;
import dev.clinic.patient.domain.ScreeningAnswers;
import dev.clinic.patient.repository.ClearanceRepository;
import dev.clinic.patient.repository.ScreeningRepository;
import dev.clinic.platform.audit.AuditLog;
import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.web.ETags;

/** A patient's health screening; each use case runs in one transaction and is audited. */
@ApplicationScoped
public class ScreeningService {

    static final String RESOURCE = "SCREENING";

    private final PatientAccess access;
    private final ScreeningRepository screenings;
    private final ClearanceRepository clearances;
    private final ContraindicationService contraindications;
    private final Clinician clinician;
    private final AuditLog audit;

    ScreeningService(PatientAccess access, ScreeningRepository screenings, ClearanceRepository clearances,
            ContraindicationService contraindications, Clinician clinician, AuditLog audit) {
        this.access = access;
        this.screenings = screenings;
        this.clearances = clearances;
        this.contraindications = contraindications;
        this.clinician = clinician;
        this.audit = audit;
    }

    /** The answers a clinician records; everything else of a screening is the server's. */
    public record ScreeningInput(ScreeningAnswers answers, LocalDate recentSurgeryDate, String activeSkinInfectionSite,
            List<String> preventiveMedications, String notes) {
    }

    /** A screening with the contraindications it raises today (UTC). */
    public record ScreeningView(Screening screening, LocalDate date, List<ContraindicationStatus> contraindications) {
    }

    /** The outcome of a PUT: the first screening of a patient is created, later ones replace it. */
    public record Replaced(ScreeningView view, boolean created) {
    }

    @Transactional
    public ScreeningView get(UUID patientId) {
        Patient patient = access.require(patientId);
        Screening screening = screenings.findByPatient(patientId).orElseThrow(() -> notScreened(patientId));
        audit.record("READ", RESOURCE, screening.getId(), patientId);
        return view(patient, screening);
    }

    @Transactional
    public Replaced replace(UUID patientId, String ifMatch, ScreeningInput input) {
        Patient patient = access.require(patientId);
        Screening screening = screenings.findByPatient(patientId).orElse(null);
        if (screening == null && ifMatch != null && !ifMatch.isBlank()) {
            // RFC 9110: If-Match on a resource that has no current representation fails.
            throw ProblemException.preconditionFailed("If-Match " + ifMatch.strip() + " names a version, but patient "
                    + patientId + " has no screening yet; send the first screening without If-Match");
        }
        if (screening != null) {
            ETags.checkIfMatch(ifMatch, screening.getVersion());
        }
        checkDetails(input);
        patient.requireActive();

        boolean created = screening == null;
        ScreeningAnswers previous = created ? null : screening.answers();
        if (created) {
            screening = new Screening(patientId);
        }
        Instant now = ClinicDates.now();
        screening.record(input.answers(), input.recentSurgeryDate(), blankToNull(input.activeSkinInfectionSite()),
                input.preventiveMedications().stream().map(String::strip).toList(), blankToNull(input.notes()), now,
                clinician.subject(), clinician.name());
        if (created) {
            screenings.persist(screening);
        }
        screenings.flush();

        Set<ContraindicationCode> raisedAnew = ClearanceRules.invalidatedBy(previous, input.answers());
        for (Clearance clearance : clearances.standing(patientId, raisedAnew)) {
            clearance.invalidate(now);
            audit.record("INVALIDATE", ContraindicationService.CLEARANCE, clearance.getId(), patientId);
        }
        clearances.flush();
        audit.record(created ? "CREATE" : "UPDATE", RESOURCE, screening.getId(), patientId);
        return new Replaced(view(patient, screening), created);
    }

    private ScreeningView view(Patient patient, Screening screening) {
        LocalDate today = ClinicDates.today();
        return new ScreeningView(screening, today, contraindications.assess(patient, screening, today));
    }

    /** The details of a YES belong to a YES; dates of past events cannot lie in the future. */
    private static void checkDetails(ScreeningInput input) {
        List<FieldError> errors = new ArrayList<>();
        ScreeningAnswers a = input.answers();
        if (input.recentSurgeryDate() != null) {
            if (a.recentSurgery() != Answer.YES) {
                errors.add(new FieldError("recentSurgeryDate", "may only be given when recentSurgery is YES"));
            } else if (input.recentSurgeryDate().isAfter(ClinicDates.latestToday())) {
                errors.add(new FieldError("recentSurgeryDate", "must not be in the future"));
            }
        }
        if (input.activeSkinInfectionSite() != null && !input.activeSkinInfectionSite().isBlank()
                && a.activeSkinInfection() != Answer.YES) {
            errors.add(new FieldError("activeSkinInfectionSite", "may only be given when activeSkinInfection is YES"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static ProblemException notScreened(UUID patientId) {
        return new ProblemException(404, "not-screened", "Not screened",
                "Patient " + patientId + " has not been screened yet; PUT the first screening");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
