package dev.clinic.patient.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.patient.domain.Consent;
import dev.clinic.patient.domain.ConsentType;

@Schema(name = "Consent",
        description = "A signed consent form. A revoked consent stays on record and no longer counts.")
public record ConsentResponse(
        @Schema(examples = "a4f0c2e1-2b3c-4d5e-8f90-1a2b3c4d5e6f") UUID id,
        @Schema(description = "Row version; also the ETag.", examples = "0") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11") UUID patientId,
        @Schema(examples = "DRY_NEEDLING_INFORMED") ConsentType type,
        @Schema(examples = "DN-2026-01") String formVersion,
        @Schema(examples = "2026-03-04T09:12:00Z") Instant signedAt,
        @Schema(examples = "Maria Lopez") String signedBy,
        @Schema(examples = "[\"bruising\", \"soreness\", \"pneumothorax\"]") List<String> risksExplained,
        @Schema(description = "Subject of the user who recorded it (the patient themselves when they signed in the "
                + "app).",
                examples = "0f8b1c9e-6b4e-4f61-9a57-2d7c8e0b1a23") String recordedBy,
        @Schema(nullable = true, description = "When it was revoked; null while it stands.") Instant revokedAt,
        @Schema(nullable = true, description = "Subject of the user who revoked it.") String revokedBy,
        @Schema(description = "Not revoked. (Whether it counts on a date also depends on signedAt.)", examples = "true")
        boolean active) {

    static ConsentResponse of(Consent c) {
        return new ConsentResponse(c.getId(), c.getVersion(), c.getCreatedAt(), c.getUpdatedAt(), c.getPatientId(),
                c.getType(), c.getFormVersion(), c.getSignedAt(), c.getSignedBy(), c.getRisksExplained(),
                c.getRecordedBy(), c.getRevokedAt(), c.getRevokedBy(), !c.isRevoked());
    }
}
