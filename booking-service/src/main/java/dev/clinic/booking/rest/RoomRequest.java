package dev.clinic.booking.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create a room; the location is the one in the path. */
@Schema(name = "RoomRequest", description = "A room's details, as sent on create.")
public record RoomRequest(
        @NotBlank @Size(max = 100) @Schema(description = "Unique in the location, ignoring case.",
                examples = "Room 1", required = true) String name) {
}
