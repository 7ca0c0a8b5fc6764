package dev.clinic.patient.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.clinic.patient.domain.Patient;
import dev.clinic.patient.domain.Sex;
import dev.clinic.patient.repository.PatientRepository;
import dev.clinic.platform.audit.AuditLog;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.web.ETags;

/** Patient use cases; each runs in one transaction and leaves one audit row. */
@ApplicationScoped
public class PatientService {

    static final String RESOURCE = "PATIENT";

    private final PatientRepository patients;
    private final PatientAccess access;
    private final AuditLog audit;

    PatientService(PatientRepository patients, PatientAccess access, AuditLog audit) {
        this.patients = patients;
        this.access = access;
        this.audit = audit;
    }

    public record Demographics(String givenName, String familyName, String preferredName, LocalDate birthDate,
            Sex sex, String email, String phone) {
    }

    @Transactional
    public Patient create(Demographics demographics) {
        Patient patient = new Patient();
        apply(patient, demographics);
        patients.persistAndFlush(patient);
        audit.record("CREATE", RESOURCE, patient.getId(), patient.getId());
        return patient;
    }

    @Transactional
    public Patient get(UUID id) {
        Patient patient = find(id);
        audit.record("READ", RESOURCE, id, id);
        return patient;
    }

    @Transactional
    public Patient replace(UUID id, String ifMatch, Demographics demographics) {
        Patient patient = find(id);
        ETags.checkIfMatch(ifMatch, patient.getVersion());
        apply(patient, demographics);
        patients.flush();
        audit.record("UPDATE", RESOURCE, id, id);
        return patient;
    }

    @Transactional
    public Page<Patient> list(boolean includeArchived, PageParams page) {
        Page<Patient> result = patients.page(includeArchived, page);
        audit.record("LIST", RESOURCE, null, null);
        return result;
    }

    private Patient find(UUID id) {
        return access.require(id);
    }

    private static void apply(Patient patient, Demographics d) {
        patient.replaceDemographics(d.givenName().strip(), d.familyName().strip(),
                d.preferredName() == null ? null : d.preferredName().strip(), d.birthDate(), d.sex(),
                d.email(), d.phone());
    }
}
