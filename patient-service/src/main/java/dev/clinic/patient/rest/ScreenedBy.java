package dev.clinic.patient.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScreenedBy", description = "Who recorded the screening, from their access token.")
public record ScreenedBy(
        @Schema(description = "The token's subject: a stable user id.",
                examples = "0f8b1c9e-6b4e-4f61-9a57-2d7c8e0b1a23")
        String subject,
        @Schema(description = "The user's name as the token gives it.", examples = "Dana Whitfield") String name) {
}
