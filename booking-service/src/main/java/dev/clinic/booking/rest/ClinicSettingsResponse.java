package dev.clinic.booking.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.booking.domain.ClinicSettings;

@Schema(name = "ClinicSettings", description = "The caller's clinic's settings. A clinic that never saved any reads "
        + "the defaults at version 0, with `id`, `createdAt` and `updatedAt` null.")
public record ClinicSettingsResponse(
        @Schema(description = "Null while the clinic runs on the defaults.", nullable = true,
                examples = "5d0c2b8e-7a41-4c3e-9b8f-1e2d3c4b5a69") UUID id,
        @Schema(description = "Row version; also the ETag. The defaults are version 0.", examples = "1") long version,
        @Schema(nullable = true) Instant createdAt,
        @Schema(nullable = true) Instant updatedAt,
        @Schema(description = "Defaults to the clinic's id.", examples = "Northside Physio & Massage") String name,
        @Schema(description = "IANA time zone id; default UTC.", examples = "America/New_York") String timeZone,
        @Schema(description = "ISO 3166 country, optionally with its subdivision; null when none applies.",
                examples = "US-FL", nullable = true) String jurisdiction,
        @Schema(examples = "24") int cancellationWindowHours,
        @Schema(examples = "15") int slotStepMinutes,
        @Schema(examples = "USD") String currency) {

    static ClinicSettingsResponse of(ClinicSettings s) {
        return new ClinicSettingsResponse(s.getId(), s.getVersion(), s.getCreatedAt(), s.getUpdatedAt(), s.getName(),
                s.getTimeZone(), s.getJurisdiction(), s.getCancellationWindowHours(), s.getSlotStepMinutes(),
                s.getCurrency());
    }
}
