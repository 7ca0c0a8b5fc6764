package dev.clinic.booking.client;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.clinic.booking.domain.Modality;
import dev.clinic.platform.client.Downstream;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;

/**
 * patient-service's eligibility read, with the fault tolerance an idempotent read to another
 * service needs. Worst case for the caller: a hanging patient-service costs one {@link Timeout}
 * (timeouts are not retried, or a hang would cost three); a refused connection fails in
 * milliseconds and is retried twice; after repeated failures the circuit opens and calls fail at
 * once. Only {@link PatientClient} uses this.
 */
@RegisterRestClient(configKey = "patient-service")
@Path("/api/v1/patients")
@Produces(MediaType.APPLICATION_JSON)
interface PatientRestClient {

    @GET
    @Path("/{id}/eligibility")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    // I/O failures (refused, reset) are retried: the client reports them as IOException or
    // ProcessingException. Answers with a status and timeouts never are.
    @Retry(maxRetries = 2, delay = 50, jitter = 25, retryOn = { IOException.class, ProcessingException.class },
            abortOn = { Downstream.Refusal.class, Downstream.Failure.class })
    // A 404 or 403 is an answer, not a failure of patient-service; it must not open the circuit.
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, skipOn = Downstream.Refusal.class)
    // Non-blocking, so the timeout ends the wait at 2 s sharp: a blocking call interrupted by the
    // timeout would only return once the HTTP client gives up on its own.
    @AsynchronousNonBlocking
    Uni<EligibilityAnswer> eligibility(@PathParam("id") UUID patientId, @QueryParam("modality") Modality modality,
            @QueryParam("date") LocalDate date, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return Downstream.exceptionFor(response);
    }
}
