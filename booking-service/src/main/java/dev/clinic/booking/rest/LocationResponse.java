package dev.clinic.booking.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.booking.domain.Location;

@Schema(name = "Location", description = "A location of the caller's clinic.")
public record LocationResponse(
        @Schema(examples = "0b6c9a8e-51c4-4f7d-9a0e-6e2f1d3c4b5a") UUID id,
        @Schema(description = "Row version; also the ETag.", examples = "0") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "Northside Downtown") String name,
        @Schema(examples = "120 Main Street, Tampa, FL 33602", nullable = true) String address,
        // Clinic settings (and with them the clinic's zone a location inherits) come later; until
        // then a location created without a zone shows null rather than a guessed one.
        @Schema(description = "IANA time zone id; null when the location follows the clinic's time zone.",
                examples = "America/New_York", nullable = true) String timeZone) {

    static LocationResponse of(Location location) {
        return new LocationResponse(location.getId(), location.getVersion(), location.getCreatedAt(),
                location.getUpdatedAt(), location.getName(), location.getAddress(), location.getTimeZone());
    }
}
