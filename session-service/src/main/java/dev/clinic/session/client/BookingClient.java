package dev.clinic.session.client;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.clinic.platform.client.Downstream;
import dev.clinic.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * What session-service asks booking-service, with the caller's token: booking applies the caller's
 * clinic, so another clinic's appointment is unknown there as it is here.
 */
@ApplicationScoped
public class BookingClient {

    static final String DEPENDENCY = "booking-service";

    private final BookingRestClient booking;
    private final SecurityIdentity caller;

    BookingClient(@RestClient BookingRestClient booking, SecurityIdentity caller) {
        this.booking = booking;
        this.caller = caller;
    }

    /**
     * The appointment a request body names in {@code appointmentId}.
     *
     * @throws ProblemException 404 naming {@code appointmentId} when the clinic has no such
     *         appointment (unknown or another clinic's, alike), 503 when booking cannot answer
     */
    public AppointmentView appointment(UUID id) {
        try {
            return Downstream.call(DEPENDENCY, caller,
                    authorization -> booking.appointment(id, authorization).await().indefinitely());
        } catch (Downstream.Refusal e) {
            throw ProblemException.referenceNotFound("appointmentId", "is not an appointment of this clinic");
        }
    }

    /**
     * The practitioner record of the caller's login.
     *
     * @throws ProblemException 409 when the login has no practitioner record in the clinic, 503 when
     *         booking cannot answer
     */
    public PractitionerView callerPractitioner() {
        try {
            return Downstream.call(DEPENDENCY, caller,
                    authorization -> booking.ownPractitioner(authorization).await().indefinitely());
        } catch (Downstream.Refusal e) {
            throw ProblemException.conflict("practitioner-record-missing", "Your login is not linked to a "
                    + "practitioner record of this clinic, and sessions are recorded by practitioners; a clinic "
                    + "admin links it (POST /api/v1/practitioners with existingLoginUsername)", Map.of());
        }
    }
}
