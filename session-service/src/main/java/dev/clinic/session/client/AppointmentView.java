package dev.clinic.session.client;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.clinic.session.domain.MassageTechnique;
import dev.clinic.session.domain.Modality;

/**
 * What a session needs of booking-service's appointment. Status stays a string: booking owns the
 * values. Other services' answers may grow fields without breaking this one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppointmentView(UUID id, UUID patientId, UUID practitionerId, String status, Instant start,
        Instant end, Modality modality, MassageTechnique massageTechnique) {

    /** Only a visit that took place is documented: the patient checked in, or the visit was completed. */
    public boolean tookPlace() {
        return "CHECKED_IN".equals(status) || "COMPLETED".equals(status);
    }
}
