package dev.clinic.patient.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.patient.domain.Patient;
import dev.clinic.patient.repository.PatientRepository;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.security.CurrentUser;

/**
 * The one way a use case reaches a patient: unknown, another clinic's (filtered out by tenancy)
 * and, for a patient caller, anyone but themselves are all the same 404.
 */
@ApplicationScoped
public class PatientAccess {

    private final PatientRepository patients;
    private final CurrentUser caller;

    PatientAccess(PatientRepository patients, CurrentUser caller) {
        this.patients = patients;
        this.caller = caller;
    }

    /** Must run inside the use case's transaction. */
    public Patient require(UUID patientId) {
        caller.requireOwnPatientRecord("Patient", patientId);
        return patients.findByIdOptional(patientId).orElseThrow(() -> ProblemException.notFound("Patient", patientId));
    }
}
