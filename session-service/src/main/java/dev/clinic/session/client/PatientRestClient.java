package dev.clinic.session.client;

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

import dev.clinic.platform.client.Downstream;
import dev.clinic.session.domain.Modality;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;

/** patient-service's eligibility read, with the same fault tolerance as {@link BookingRestClient}. */
@RegisterRestClient(configKey = "patient-service")
@Path("/api/v1/patients")
@Produces(MediaType.APPLICATION_JSON)
interface PatientRestClient {

    @GET
    @Path("/{id}/eligibility")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 50, jitter = 25, retryOn = { IOException.class, ProcessingException.class },
            abortOn = { Downstream.Refusal.class, Downstream.Failure.class })
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, skipOn = Downstream.Refusal.class)
    @AsynchronousNonBlocking
    Uni<EligibilityView> eligibility(@PathParam("id") UUID patientId, @QueryParam("modality") Modality modality,
            @QueryParam("date") LocalDate date, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return Downstream.exceptionFor(response);
    }
}
