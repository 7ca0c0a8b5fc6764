package dev.clinic.patient.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.clinic.patient.domain.Clearance;
import dev.clinic.patient.domain.ClearanceRules;
import dev.clinic.patient.domain.Contraindication;
import dev.clinic.patient.domain.ContraindicationCode;
import dev.clinic.patient.domain.ContraindicationRules;
import dev.clinic.patient.domain.Patient;
import dev.clinic.patient.domain.Screening;
import dev.clinic.patient.repository.ClearanceRepository;
import dev.clinic.patient.repository.ScreeningRepository;
import dev.clinic.platform.audit.AuditLog;
import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;

/** Derived contraindications and their clearances; each use case runs in one transaction and is audited. */
@ApplicationScoped
public class ContraindicationService {

    static final String CONTRAINDICATIONS = "CONTRAINDICATIONS";
    static final String CLEARANCE = "CLEARANCE";

    private final PatientAccess access;
    private final ScreeningRepository screenings;
    private final ClearanceRepository clearances;
    private final Clinician clinician;
    private final AuditLog audit;

    ContraindicationService(PatientAccess access, ScreeningRepository screenings, ClearanceRepository clearances,
            Clinician clinician, AuditLog audit) {
        this.access = access;
        this.screenings = screenings;
        this.clearances = clearances;
        this.clinician = clinician;
        this.audit = audit;
    }

    /** The contraindications on a date and whether the patient was screened at all. */
    public record Assessment(UUID patientId, LocalDate date, Instant screenedAt,
            List<ContraindicationStatus> contraindications) {

        public boolean screened() {
            return screenedAt != null;
        }
    }

    /** What a clinician sends to clear a contraindication; null name or role default to the caller's. */
    public record ClearanceInput(String clearedByName, String clearedByRole, LocalDate clearedOn, LocalDate validUntil,
            String note) {
    }

    @Transactional
    public Assessment contraindications(UUID patientId, LocalDate date) {
        Patient patient = access.require(patientId);
        Optional<Screening> screening = screenings.findByPatient(patientId);
        LocalDate on = date != null ? date : ClinicDates.today();
        Assessment assessment = new Assessment(patientId, on, screening.map(Screening::getScreenedAt).orElse(null),
                assess(patient, screening.orElse(null), on));
        audit.record("READ", CONTRAINDICATIONS, null, patientId);
        return assessment;
    }

    /**
     * Derives the contraindications on {@code date} and pairs each clearable one with its clearance.
     * Part of the caller's transaction; audits nothing itself.
     */
    List<ContraindicationStatus> assess(Patient patient, Screening screening, LocalDate date) {
        List<Contraindication> derived = ContraindicationRules.derive(
                screening == null ? null : screening.answers(), patient.getBirthDate(), date);
        List<Clearance> standing = derived.stream().anyMatch(c -> c.code().isClearable())
                ? clearances.standing(patient.getId())
                : List.of();
        List<ContraindicationStatus> result = new ArrayList<>();
        for (Contraindication contraindication : derived) {
            List<Clearance> ofCode = standing.stream().filter(c -> c.getCode() == contraindication.code()).toList();
            Optional<Clearance> covering = ofCode.stream().filter(c -> c.term().coversDate(date)).findFirst();
            result.add(ContraindicationStatus.of(contraindication, covering.isPresent(),
                    covering.orElse(ofCode.isEmpty() ? null : ofCode.get(0))));
        }
        return result;
    }

    @Transactional
    public Clearance clear(UUID patientId, String codeName, ClearanceInput input) {
        ContraindicationCode code = parse(codeName);
        Patient patient = access.require(patientId);
        checkDates(input);
        patient.requireActive();
        Screening screening = screenings.findByPatient(patientId).orElse(null);
        ClearanceRules.requireClearable(code,
                ContraindicationRules.codesOf(screening == null ? null : screening.answers()));
        Clearance clearance = new Clearance(patientId, code,
                orDefault(input.clearedByName(), clinician.name()), orDefault(input.clearedByRole(), clinician.role()),
                input.clearedOn(), input.validUntil(), blankToNull(input.note()), clinician.subject());
        clearances.persistAndFlush(clearance);
        audit.record("CREATE", CLEARANCE, clearance.getId(), patientId);
        return clearance;
    }

    /** The most recent clearance of a code, standing or ended by a re-screening. */
    @Transactional
    public Clearance latestClearance(UUID patientId, String codeName) {
        ContraindicationCode code = parse(codeName);
        access.require(patientId);
        Clearance clearance = clearances.latest(patientId, code)
                .orElseThrow(() -> new ProblemException(404, "not-found", "Not found",
                        "Patient " + patientId + " has no clearance of " + code));
        audit.record("READ", CLEARANCE, clearance.getId(), patientId);
        return clearance;
    }

    /** One clearance by id: how an idempotent repeat of a clearance reads what the first one made. */
    @Transactional
    public Clearance clearance(UUID patientId, UUID clearanceId) {
        access.require(patientId);
        Clearance clearance = clearances.findByIdOptional(clearanceId)
                .filter(c -> c.getPatientId().equals(patientId))
                .orElseThrow(() -> ProblemException.notFound("Clearance", clearanceId));
        audit.record("READ", CLEARANCE, clearance.getId(), patientId);
        return clearance;
    }

    /** Codes are a path segment: an unknown one names no resource, hence 404 (with the codes that exist). */
    static ContraindicationCode parse(String codeName) {
        return ContraindicationCode.parse(codeName).orElseThrow(() -> new ProblemException(404, "not-found",
                "Not found", codeName + " is not a contraindication code; the codes are "
                        + Arrays.stream(ContraindicationCode.values()).map(Enum::name)
                                .collect(Collectors.joining(", "))));
    }

    private static void checkDates(ClearanceInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.clearedOn().isAfter(ClinicDates.latestToday())) {
            errors.add(new FieldError("clearedOn", "must not be in the future"));
        }
        if (input.validUntil() != null && input.validUntil().isBefore(input.clearedOn())) {
            errors.add(new FieldError("validUntil", "must not be before clearedOn"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
