package dev.clinic.booking.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.booking.domain.Credential;
import dev.clinic.booking.domain.CredentialType;

@Schema(name = "Credential", description = "A practitioner's licence or certification, valid from issuedOn through "
        + "expiresOn.")
public record CredentialResponse(
        @Schema(examples = "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d") UUID id,
        @Schema(description = "Row version; also the ETag.", examples = "0") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "3f2a7c1e-9b4d-4e8a-8c6f-1d2e3f4a5b6c") UUID practitionerId,
        @Schema(examples = "DRY_NEEDLING_CERT") CredentialType type,
        @Schema(examples = "US-FL") String jurisdiction,
        @Schema(examples = "DN-2024-0042") String number,
        @Schema(nullable = true, examples = "Myopain Seminars") String issuer,
        @Schema(examples = "2024-01-15") LocalDate issuedOn,
        @Schema(nullable = true, description = "Null: does not expire.", examples = "2027-01-14") LocalDate expiresOn,
        @Schema(nullable = true, examples = "60") Integer trainingHours) {

    static CredentialResponse of(Credential c) {
        return new CredentialResponse(c.getId(), c.getVersion(), c.getCreatedAt(), c.getUpdatedAt(),
                c.getPractitionerId(), c.getType(), c.getJurisdiction(), c.getNumber(), c.getIssuer(), c.getIssuedOn(),
                c.getExpiresOn(), c.getTrainingHours());
    }
}
