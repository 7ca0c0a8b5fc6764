package dev.clinic.booking.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new place and time of an appointment; patient and appointment type stay what they were. */
@Schema(name = "RescheduleAppointmentRequest", description = "Where and when a booked appointment is to be now. The "
        + "same rules as a booking apply.")
public record RescheduleAppointmentRequest(
        @NotNull @Schema(examples = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f", required = true) UUID practitionerId,
        @NotNull @Schema(examples = "0b6c9a8e-51c4-4f7d-9a0e-6e2f1d3c4b5a", required = true) UUID locationId,
        @Schema(examples = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", nullable = true) UUID roomId,
        @NotNull @Schema(examples = "2026-03-05T15:00:00Z", required = true) Instant start,
        @Size(max = 2000) @Schema(description = "Replaces the notes; absent clears them.", nullable = true) String notes,
        @Size(min = 3, max = 500) @Schema(description = "Clinic admins only, as on booking.", nullable = true)
        String overrideReason) {
}
