package dev.clinic.patient.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.clinic.patient.domain.Demographics;
import dev.clinic.patient.domain.ExternalId;
import dev.clinic.patient.domain.Patient;
import dev.clinic.patient.repository.PatientFilter;
import dev.clinic.patient.repository.PatientRepository;
import dev.clinic.platform.audit.AuditLog;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.security.CurrentUser;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;

/** Patient use cases; each runs in one transaction and leaves one audit row. */
@ApplicationScoped
public class PatientService {

    static final String RESOURCE = "PATIENT";

    private final PatientRepository patients;
    private final PatientAccess access;
    private final AuditLog audit;
    private final CurrentUser caller;

    PatientService(PatientRepository patients, PatientAccess access, AuditLog audit, CurrentUser caller) {
        this.patients = patients;
        this.access = access;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    public Patient create(Demographics demographics) {
        requireExternalIdsFree(demographics.externalIds(), null);
        Patient patient = new Patient();
        patient.replaceDemographics(demographics);
        patients.persistAndFlush(patient);
        audit.record("CREATE", RESOURCE, patient.getId(), patient.getId());
        return patient;
    }

    @Transactional
    public Patient get(UUID id) {
        Patient patient = access.require(id);
        audit.record("READ", RESOURCE, id, id);
        return patient;
    }

    /**
     * Replaces the demographics, of an archived patient too (archiving stops clinical work, not
     * keeping the address right). A patient replacing their own record keeps the external ids the
     * clinic recorded: leaving them out keeps them, sending others is refused.
     */
    @Transactional
    public Patient replace(UUID id, String ifMatch, Demographics demographics) {
        Patient patient = access.require(id);
        ETags.checkIfMatch(ifMatch, patient.getVersion());
        if (caller.hasRole(Roles.PATIENT)) {
            demographics = keepExternalIds(patient, demographics);
        }
        // Checked before the entity changes, so no pending write is flushed by the check's query.
        requireExternalIdsFree(demographics.externalIds(), id);
        patient.replaceDemographics(demographics);
        patients.flush();
        audit.record("UPDATE", RESOURCE, id, id);
        return patient;
    }

    /** Archiving an archived patient changes nothing and answers the record as it is. */
    @Transactional
    public Patient archive(UUID id, String ifMatch) {
        Patient patient = access.require(id);
        ETags.checkIfMatch(ifMatch, patient.getVersion());
        patient.archive(Instant.now().truncatedTo(ChronoUnit.MICROS));
        patients.flush();
        audit.record("ARCHIVE", RESOURCE, id, id);
        return patient;
    }

    /** Unarchiving an active patient changes nothing and answers the record as it is. */
    @Transactional
    public Patient unarchive(UUID id, String ifMatch) {
        Patient patient = access.require(id);
        ETags.checkIfMatch(ifMatch, patient.getVersion());
        patient.unarchive();
        patients.flush();
        audit.record("UNARCHIVE", RESOURCE, id, id);
        return patient;
    }

    @Transactional
    public Page<Patient> list(PatientFilter filter, PageParams page) {
        Page<Patient> result = patients.page(filter, page);
        audit.record(filter.isSearch() ? "SEARCH" : "LIST", RESOURCE, null, null);
        return result;
    }

    private static Demographics keepExternalIds(Patient patient, Demographics requested) {
        Collection<ExternalId> current = patient.getExternalIds();
        if (requested.externalIds().isEmpty() || Set.copyOf(requested.externalIds()).equals(Set.copyOf(current))) {
            return requested.withExternalIds(patient.getExternalIds());
        }
        throw ProblemException.forbidden("External ids are kept by the clinic; a patient may not change them");
    }

    /** One (system, value) names one patient per clinic; the 409 names the patient that has it. */
    private void requireExternalIdsFree(Collection<ExternalId> externalIds, UUID self) {
        for (ExternalId externalId : externalIds) {
            patients.holderOf(externalId).filter(holder -> !holder.equals(self)).ifPresent(holder -> {
                throw ProblemException.conflict("external-id-taken", "External id " + externalId
                        + " already belongs to patient " + holder + " of this clinic",
                        Map.of("existingPatientId", holder, "system", externalId.system(),
                                "value", externalId.value()));
            });
        }
    }
}
