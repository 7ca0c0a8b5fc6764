package dev.clinic.session.client;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.clinic.platform.client.Downstream;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.session.domain.Modality;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * What session-service asks patient-service, with the caller's token: a patient of another clinic
 * is unknown there as it is here.
 */
@ApplicationScoped
public class PatientClient {

    static final String DEPENDENCY = "patient-service";

    private final PatientRestClient patients;
    private final SecurityIdentity caller;

    PatientClient(@RestClient PatientRestClient patients, SecurityIdentity caller) {
        this.patients = patients;
        this.caller = caller;
    }

    /**
     * Eligibility of the patient for the modality on {@code date}.
     *
     * @throws ProblemException 404 when the clinic has no such patient, 503 when patient-service
     *         cannot answer
     */
    public EligibilityView eligibility(UUID patientId, Modality modality, LocalDate date) {
        return ask(patientId, modality, date, () -> ProblemException.notFound("Patient", patientId));
    }

    /**
     * Eligibility of the patient a request body names in {@code patientId}.
     *
     * @throws ProblemException 404 naming {@code patientId} when the clinic has no such patient
     *         (unknown or another clinic's, alike), 503 when patient-service cannot answer
     */
    public EligibilityView referenced(UUID patientId, Modality modality, LocalDate date) {
        return ask(patientId, modality, date,
                () -> ProblemException.referenceNotFound("patientId", "is not a patient of this clinic"));
    }

    private EligibilityView ask(UUID patientId, Modality modality, LocalDate date, Supplier<ProblemException> refused) {
        try {
            return Downstream.call(DEPENDENCY, caller,
                    authorization -> patients.eligibility(patientId, modality, date, authorization).await().indefinitely());
        } catch (Downstream.Refusal e) {
            throw refused.get();
        }
    }
}
