package dev.clinic.booking.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The clinic's settings as a clinic admin sends them: the whole resource; omitted optional fields take their defaults. */
@Schema(name = "ClinicSettingsRequest", description = "The clinic's settings, as sent on replace. "
        + "Omitted optional fields take their defaults (24 h window, 15-minute step, USD, no jurisdiction).")
public record ClinicSettingsRequest(
        @NotBlank @Size(max = 100) @Schema(examples = "Northside Physio & Massage", required = true) String name,
        @NotNull @TimeZoneId @Size(max = 64) @Schema(description = "IANA time zone id: schedules are written in it, "
                + "availability and the clinic's day are computed in it.", examples = "America/New_York", required = true)
        String timeZone,
        @Pattern(regexp = "[A-Z]{2}(-[A-Z0-9]{1,3})?",
                message = "must be an ISO 3166 country code, optionally with its subdivision, e.g. US-FL")
        @Schema(description = "ISO 3166 country, optionally with its subdivision (ISO 3166-2). Selects the "
                + "credential minimums that apply (e.g. US-FL: 50 hours of dry-needling training). Absent: none.",
                examples = "US-FL", pattern = "^[A-Z]{2}(-[A-Z0-9]{1,3})?$", maxLength = 6) String jurisdiction,
        @Min(0) @Max(168) @Schema(description = "A cancellation less than this many hours before the start is late. "
                + "0 to 168; default 24.", examples = "24", minimum = "0", maximum = "168", defaultValue = "24")
        Integer cancellationWindowHours,
        @SlotStep @Schema(description = "Availability offers start times on this step, in minutes: 5 to 60 and "
                + "a divisor of 60; default 15.", examples = "15",
                enumeration = { "5", "6", "10", "12", "15", "20", "30", "60" }, defaultValue = "15")
        Integer slotStepMinutes,
        @CurrencyCode @Schema(description = "ISO 4217 code; appointment types created without a currency use it. "
                + "Default USD.", examples = "USD", pattern = "^[A-Z]{3}$", maxLength = 3, defaultValue = "USD") String currency) {
}
