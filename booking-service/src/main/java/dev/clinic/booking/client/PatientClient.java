package dev.clinic.booking.client;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.clinic.booking.client.PatientRestClient.PatientNotFoundException;
import dev.clinic.booking.client.PatientRestClient.RefusedException;
import dev.clinic.booking.client.PatientRestClient.UnavailableException;
import dev.clinic.booking.domain.Modality;
import dev.clinic.platform.problem.ProblemException;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * What booking asks patient-service. The caller's own access token goes along (token
 * propagation), so patient-service applies the caller's clinic and role: another clinic's patient
 * is unknown there, and front desk and patients get only the generic reasons. Whatever goes wrong
 * on the way is a 503 problem raised before anything is stored.
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
     * clinic's zone).
     *
     * @throws ProblemException 404 when patient-service does not know the patient in the caller's
     *         clinic, 503 when it cannot answer in time
     */
    public EligibilityAnswer eligibility(UUID patientId, Modality modality, LocalDate date) {
        try {
            String authorization = bearer();
            // A remote read is no part of the caller's transaction: suspended, it is not propagated to
            // the threads the non-blocking client and its fault tolerance run on. The fault tolerance
            // on PatientRestClient bounds the wait (2 s per attempt, fast retries, circuit breaker).
            return outsideTransaction(
                    () -> patients.eligibility(patientId, modality, date, authorization).await().indefinitely());
        } catch (PatientNotFoundException e) {
            throw ProblemException.notFound("Patient", patientId);
        } catch (RefusedException e) {
            // The caller's token was good enough for booking but not for patient-service, e.g. a
            // patient token for someone else's record: as everywhere, that patient does not exist.
            if (e.status == 403) {
                throw ProblemException.notFound("Patient", patientId);
            }
            Log.warnf("patient-service refused a propagated token (%d)", e.status);
            throw ProblemException.dependencyUnavailable(DEPENDENCY);
        } catch (FaultToleranceException e) {
            // Timed out, or the circuit is open after repeated failures.
            Log.warnf("patient-service eligibility: %s", e.getClass().getSimpleName());
            throw ProblemException.dependencyUnavailable(DEPENDENCY);
        } catch (CompletionException | ProcessingException | WebApplicationException | UnavailableException e) {
            // Refused or reset connections after the retries (a checked IOException arrives wrapped
            // in CompletionException), 5xx answers.
            Log.warnf("patient-service eligibility failed: %s", e.getClass().getSimpleName());
            throw ProblemException.dependencyUnavailable(DEPENDENCY);
        }
    }

    private static <T> T outsideTransaction(Callable<T> call) {
        try {
            return QuarkusTransaction.suspendingExisting().call(call);
        } catch (QuarkusTransactionException e) {
            // call() wraps whatever the task threw; the task's own exception is the answer.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The incoming request's access token, as an Authorization header value; null when there is none. */
    private String bearer() {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        return token == null ? null : "Bearer " + token.getToken();
    }
}
