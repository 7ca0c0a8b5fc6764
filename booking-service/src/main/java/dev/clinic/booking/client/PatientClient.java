package dev.clinic.booking.client;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.clinic.booking.domain.Modality;
import dev.clinic.platform.client.Downstream;
import dev.clinic.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * What booking asks patient-service. The caller's own access token goes along (token
 * propagation), so patient-service applies the caller's clinic and role: another clinic's patient
 * is unknown there, and front desk and patients get only the generic reasons. Whatever goes wrong
 * on the way is a 503 problem raised before anything is stored ({@link Downstream}).
 */
@ApplicationScoped
public class PatientClient {

    static final String DEPENDENCY = "patient-service";

    private final PatientRestClient patients;
    private final SecurityIdentity identity;

    PatientClient(@RestClient PatientRestClient patients, SecurityIdentity identity) {
        this.patients = patients;
        this.identity = identity;
    }

    /**
     * Eligibility of the patient for the modality on {@code date} (the appointment's day in the
     * clinic's zone). The fault tolerance on PatientRestClient bounds the wait (2 s per attempt,
     * fast retries, circuit breaker).
     *
     * @throws ProblemException 404 when patient-service does not know the patient in the caller's
     *         clinic, 503 when it cannot answer in time
     */
    public EligibilityAnswer eligibility(UUID patientId, Modality modality, LocalDate date) {
        try {
            return Downstream.call(DEPENDENCY, identity,
                    authorization -> patients.eligibility(patientId, modality, date, authorization).await().indefinitely());
        } catch (Downstream.Refusal e) {
            // 404, or 403: the caller's token was good enough for booking but not for patient-service
            // (e.g. a patient token for someone else's record): as everywhere, that patient does not exist.
            throw ProblemException.referenceNotFound("patientId", "is not a patient of this clinic");
        }
    }
}
