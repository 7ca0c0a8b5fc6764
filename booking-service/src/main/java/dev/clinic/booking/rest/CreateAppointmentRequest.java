package dev.clinic.booking.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to book. The end, status and source are the server's. */
@Schema(name = "CreateAppointmentRequest", description = "A booking. The end is start plus the type's duration; the "
        + "type's buffer after it is kept free as well.")
public record CreateAppointmentRequest(
        @NotNull @Schema(description = "The patient (patient-service id). A patient may book only for themselves.",
                examples = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11", required = true) UUID patientId,
        @NotNull @Schema(examples = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f", required = true) UUID practitionerId,
        @NotNull @Schema(examples = "2f4e6a8c-1b3d-4f5a-9c7e-8d6b4a2c0e1f", required = true) UUID appointmentTypeId,
        @NotNull @Schema(examples = "0b6c9a8e-51c4-4f7d-9a0e-6e2f1d3c4b5a", required = true) UUID locationId,
        @Schema(description = "A room of the location, optional.", examples = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                nullable = true) UUID roomId,
        @NotNull @Schema(description = "Start instant (UTC), usually one of the availability slots.",
                examples = "2026-03-04T14:30:00Z", required = true) Instant start,
        @Size(max = 2000) @Schema(examples = "Prefers the quiet room.", nullable = true) String notes,
        @Size(min = 3, max = 500) @Schema(description = "Clinic admins only: books outside the practitioner's working "
                + "hours or time off, and says why. Never overrides an overlap.",
                examples = "Evening session agreed with the practitioner", nullable = true) String overrideReason) {
}
