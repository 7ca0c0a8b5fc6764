package dev.clinic.session.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.session.domain.Amendment;

@Schema(name = "Amendment", description = "A correction or addition to a signed session; never changed or removed.")
public record AmendmentResponse(
        @Schema(examples = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0") UUID id,
        @Schema(examples = "0") long version,
        @Schema(description = "When the amendment was made.", examples = "2026-03-05T09:12:00Z") Instant createdAt,
        @Schema(examples = "2026-03-05T09:12:00Z") Instant updatedAt,
        @Schema(examples = "8d7c1f0e-2a4b-4c6d-8e9f-0a1b2c3d4e5f") UUID sessionId,
        @Schema(examples = "Late entry: needle lot number was missing") String reason,
        @Schema(examples = "Needle lot LOT-2026-0412 was used for all sites.") String text,
        @Schema(description = "The session's practitioner (booking-service's id), who made it.",
                examples = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f") UUID authorId) {

    static AmendmentResponse of(Amendment a) {
        return new AmendmentResponse(a.getId(), a.getVersion(), a.getCreatedAt(), a.getUpdatedAt(), a.getSessionId(),
                a.getReason(), a.getText(), a.getAuthorId());
    }
}
