package dev.clinic.booking.rest;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@Schema(name = "TimeOffRequest", description = "Time in which the practitioner cannot be booked, half-open [start, end).")
@JsonIgnoreProperties({ "practitionerId" })
public record TimeOffRequest(
        @NotNull @Schema(required = true, examples = "2026-07-06T00:00:00Z") Instant start,
        @NotNull @Schema(required = true, description = "After start.", examples = "2026-07-11T00:00:00Z") Instant end,
        @Size(max = 500) @Schema(description = "Shown to staff only.", examples = "Conference") String reason) {
}
