package dev.clinic.booking.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.booking.domain.AppointmentType;
import dev.clinic.booking.domain.MassageTechnique;
import dev.clinic.booking.domain.Modality;

@Schema(name = "AppointmentType", description = "Something a clinic offers to book, with its length and price.")
public record AppointmentTypeResponse(
        @Schema(examples = "7c1e4b2a-9d3f-4a5e-8b6c-0d1e2f3a4b5c") UUID id,
        @Schema(description = "Row version; also the ETag.", examples = "0") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "Swedish massage, 60 min") String name,
        @Schema(examples = "MASSAGE") Modality modality,
        @Schema(description = "Set exactly when `modality` is MASSAGE.", examples = "SWEDISH", nullable = true)
        MassageTechnique massageTechnique,
        @Schema(examples = "60") int durationMinutes,
        @Schema(description = "Minutes kept free after the appointment.", examples = "15") int bufferMinutes,
        @Schema(description = "Price in minor units of `currency`.", examples = "9500") long priceMinor,
        @Schema(examples = "USD") String currency,
        @Schema(examples = "true") boolean active) {

    static AppointmentTypeResponse of(AppointmentType t) {
        return new AppointmentTypeResponse(t.getId(), t.getVersion(), t.getCreatedAt(), t.getUpdatedAt(), t.getName(),
                t.getModality(), t.getMassageTechnique(), t.getDurationMinutes(), t.getBufferMinutes(),
                t.getPriceMinor(), t.getCurrency(), t.isActive());
    }
}
