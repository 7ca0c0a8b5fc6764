package dev.clinic.platform.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input field of a 400 problem. */
@Schema(name = "FieldError", description = "An input field that was rejected, and why.")
public record FieldError(
        @Schema(description = "Path of the field in the request: a body property (`emergencyContact.phone`, "
                + "`externalIds[0].value`), a query parameter or a header.", examples = "familyName")
        String field,
        @Schema(description = "What is wrong with it.", examples = "must not be blank")
        String message) {
}
