package dev.clinic.booking.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.booking.domain.scheduling.Slot;

@Schema(name = "Availability", description = "Free slots for one appointment type over a range, of every matching "
        + "practitioner, sorted by start, then practitioner, then location.")
public record AvailabilityResponse(
        @Schema(examples = "2f4e6a8c-1b3d-4f5a-9c7e-8d6b4a2c0e1f") UUID appointmentTypeId,
        @Schema(examples = "2026-03-02T00:00:00Z") Instant from,
        @Schema(examples = "2026-03-09T00:00:00Z") Instant to,
        List<AvailableSlot> slots) {

    @Schema(name = "AvailableSlot", description = "A time that can be booked as is: POST it to /appointments.")
    public record AvailableSlot(
            @Schema(examples = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f") UUID practitionerId,
            @Schema(examples = "0b6c9a8e-51c4-4f7d-9a0e-6e2f1d3c4b5a") UUID locationId,
            @Schema(examples = "2026-03-04T14:30:00Z") Instant start,
            @Schema(description = "start + the type's duration (the buffer after it is not shown).",
                    examples = "2026-03-04T15:00:00Z") Instant end) {
    }

    static AvailabilityResponse of(UUID appointmentTypeId, Instant from, Instant to, List<Slot> slots) {
        return new AvailabilityResponse(appointmentTypeId, from, to, slots.stream()
                .map(s -> new AvailableSlot(s.practitionerId(), s.locationId(), s.start(), s.end()))
                .toList());
    }
}
