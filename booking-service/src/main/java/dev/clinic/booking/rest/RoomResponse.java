package dev.clinic.booking.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.booking.domain.Room;

@Schema(name = "Room", description = "A treatment room of a location.")
public record RoomResponse(
        @Schema(examples = "3f9a1c2e-8b7d-4e6f-a5b4-c3d2e1f0a9b8") UUID id,
        @Schema(description = "Row version; also the ETag.", examples = "0") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "0b6c9a8e-51c4-4f7d-9a0e-6e2f1d3c4b5a") UUID locationId,
        @Schema(examples = "Room 1") String name) {

    static RoomResponse of(Room room) {
        return new RoomResponse(room.getId(), room.getVersion(), room.getCreatedAt(), room.getUpdatedAt(),
                room.getLocationId(), room.getName());
    }
}
