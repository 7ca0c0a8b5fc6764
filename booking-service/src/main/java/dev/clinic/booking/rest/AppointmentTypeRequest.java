package dev.clinic.booking.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.booking.domain.MassageTechnique;
import dev.clinic.booking.domain.Modality;

/** What a client sends to create or replace an appointment type: the whole resource. */
@Schema(name = "AppointmentTypeRequest", description = "An appointment type, as sent on create and replace.")
public record AppointmentTypeRequest(
        @NotBlank @Size(max = 100) @Schema(examples = "Swedish massage, 60 min", required = true) String name,
        @NotNull @Schema(required = true, examples = "MASSAGE") Modality modality,
        @Schema(description = "Required when `modality` is MASSAGE, absent otherwise.", examples = "SWEDISH",
                nullable = true) MassageTechnique massageTechnique,
        @NotNull @Min(5) @Max(480) @Schema(description = "Length of the appointment, 5 to 480 minutes.",
                examples = "60", minimum = "5", maximum = "480", required = true) Integer durationMinutes,
        @Min(0) @Max(120) @Schema(description = "Minutes kept free after the appointment, 0 to 120; default 0.",
                examples = "15", minimum = "0", maximum = "120", defaultValue = "0") Integer bufferMinutes,
        @NotNull @Min(0) @Schema(description = "Price in minor units of `currency` (cents).", examples = "9500",
                minimum = "0", required = true) Long priceMinor,
        @CurrencyCode @Schema(description = "ISO 4217 code; default the clinic's currency.", examples = "USD",
                pattern = "^[A-Z]{3}$", maxLength = 3) String currency,
        @Schema(description = "Inactive types cannot be booked and patients do not see them; default true.",
                examples = "true", defaultValue = "true") Boolean active) {
}
