package dev.clinic.session.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@Schema(name = "AmendmentRequest", description = "A correction or addition to a signed session.")
@JsonIgnoreProperties({ "sessionId", "authorId" })
public record AmendmentRequest(
        @Schema(required = true, maxLength = 500, description = "Why the record is amended.",
                examples = "Late entry: needle lot number was missing") String reason,
        @Schema(required = true, maxLength = 10000, description = "What is added or corrected.",
                examples = "Needle lot LOT-2026-0412 was used for all sites.") String text) {
}
