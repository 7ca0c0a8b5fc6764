package dev.clinic.patient.rest;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.clinic.patient.domain.ConsentType;

@JsonIgnoreProperties({ "patientId", "recordedBy", "revokedAt", "revokedBy", "active" })
@Schema(name = "ConsentRequest", description = "A signed consent form.")
public record ConsentRequest(
        @NotNull @Schema(required = true, examples = "DRY_NEEDLING_INFORMED") ConsentType type,
        @NotBlank @Size(max = 50) @Schema(required = true, examples = "DN-2026-01",
                description = "Which version of the clinic's form was signed.") String formVersion,
        @Schema(examples = "2026-03-04T09:12:00Z", description = "The moment of signing; not in the future. "
                + "Omit it to mean now (server time).") Instant signedAt,
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Maria Lopez",
                description = "Who signed: the patient, or their guardian.") String signedBy,
        @Size(max = 50) @Schema(description = "The risks explained before signing; at least one for "
                + "DRY_NEEDLING_INFORMED.", examples = "[\"bruising\", \"soreness\", \"pneumothorax\"]")
        List<@NotBlank @Size(max = 500) String> risksExplained) {

    List<String> risks() {
        return risksExplained == null ? List.of() : risksExplained;
    }
}
