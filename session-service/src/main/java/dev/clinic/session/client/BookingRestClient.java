package dev.clinic.session.client;

import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.clinic.platform.client.Downstream;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;

/**
 * The two reads session-service makes of booking-service, with the fault tolerance of an
 * idempotent read: one 2 s timeout (never retried, or a hang would cost three), refused
 * connections retried twice, a circuit breaker that answers at once after repeated failures.
 * Non-blocking, so the timeout ends the wait sharp. Only {@link BookingClient} uses this.
 */
@RegisterRestClient(configKey = "booking-service")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface BookingRestClient {

    @GET
    @Path("/appointments/{id}")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 50, jitter = 25, retryOn = { IOException.class, ProcessingException.class },
            abortOn = { Downstream.Refusal.class, Downstream.Failure.class })
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, skipOn = Downstream.Refusal.class)
    @AsynchronousNonBlocking
    Uni<AppointmentView> appointment(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/practitioners/me")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 50, jitter = 25, retryOn = { IOException.class, ProcessingException.class },
            abortOn = { Downstream.Refusal.class, Downstream.Failure.class })
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, skipOn = Downstream.Refusal.class)
    @AsynchronousNonBlocking
    Uni<PractitionerView> ownPractitioner(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return Downstream.exceptionFor(response);
    }
}
