package dev.clinic.booking.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.booking.domain.TimeOff;

@Schema(name = "TimeOff", description = "Time in which a practitioner cannot be booked, half-open [start, end).")
public record TimeOffResponse(
        @Schema(examples = "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b") UUID id,
        @Schema(description = "Row version; also the ETag.", examples = "0") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "3f2a7c1e-9b4d-4e8a-8c6f-1d2e3f4a5b6c") UUID practitionerId,
        @Schema(examples = "2026-07-06T00:00:00Z") Instant start,
        @Schema(examples = "2026-07-11T00:00:00Z") Instant end,
        @Schema(nullable = true, examples = "Conference") String reason) {

    static TimeOffResponse of(TimeOff t) {
        return new TimeOffResponse(t.getId(), t.getVersion(), t.getCreatedAt(), t.getUpdatedAt(), t.getPractitionerId(),
                t.getStart(), t.getEnd(), t.getReason());
    }
}
