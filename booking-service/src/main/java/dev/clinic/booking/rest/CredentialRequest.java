package dev.clinic.booking.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.clinic.booking.domain.CredentialType;
import dev.clinic.booking.service.CredentialService.Details;

@Schema(name = "CredentialRequest", description = "A licence or certification, as sent on create.")
@JsonIgnoreProperties({ "practitionerId" })
public record CredentialRequest(
        @NotNull @Schema(required = true, examples = "DRY_NEEDLING_CERT") CredentialType type,
        @NotBlank @Pattern(regexp = "^[A-Z]{2}(-[A-Z0-9]{1,3})?$", message = "must be an ISO 3166 country code, "
                + "optionally with a subdivision, e.g. US-FL")
        @Schema(description = "Where it was issued (ISO 3166-1 or 3166-2).", required = true, examples = "US-FL",
                maxLength = 6)
        String jurisdiction,
        @NotBlank @Size(max = 100) @Schema(required = true, examples = "PT12345") String number,
        @Size(max = 200) @Schema(examples = "Florida Board of Physical Therapy") String issuer,
        @NotNull @Schema(required = true, examples = "2024-01-15") LocalDate issuedOn,
        @Schema(description = "Last day of validity; after issuedOn. Absent: does not expire.", examples = "2027-01-14")
        LocalDate expiresOn,
        @Min(0) @Max(10000)
        @Schema(description = "Hours of training the credential attests. For a DRY_NEEDLING_CERT at least the clinic's "
                + "jurisdiction minimum (US-FL: 50 h of face-to-face training).", examples = "60")
        Integer trainingHours) {

    Details details() {
        return new Details(type, jurisdiction, number, issuer, issuedOn, expiresOn, trainingHours);
    }
}
