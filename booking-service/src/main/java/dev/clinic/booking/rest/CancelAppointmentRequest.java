package dev.clinic.booking.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.booking.domain.Appointment.CancellationReason;

@Schema(name = "CancelAppointmentRequest", description = "Why the appointment is cancelled.")
public record CancelAppointmentRequest(
        @NotNull @Schema(examples = "PATIENT_REQUEST", required = true) CancellationReason reason) {
}
