package dev.clinic.booking.rest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.clinic.booking.domain.MassageTechnique;
import dev.clinic.booking.domain.Modality;
import dev.clinic.booking.domain.Practitioner;

@Schema(name = "Practitioner", description = "A practitioner of the caller's clinic. Patients see the public profile: "
        + "`email`, `phone` and `keycloakUserId` are left out for them.")
public record PractitionerResponse(
        @Schema(examples = "3f2a7c1e-9b4d-4e8a-8c6f-1d2e3f4a5b6c") UUID id,
        @Schema(description = "Row version; also the ETag of the practitioner and of their schedule.", examples = "0")
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "Dana") String givenName,
        @Schema(examples = "Whitfield") String familyName,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Not shown to patients.", examples = "dana.whitfield@northside.example") String email,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Not shown to patients.", examples = "+1 813 555 0142") String phone,
        @Schema(examples = "[\"DRY_NEEDLING\"]") Set<Modality> modalities,
        @Schema(examples = "[]") Set<MassageTechnique> massageTechniques,
        @Schema(examples = "8", nullable = true) Integer yearsExperience,
        @Schema(examples = "[\"en\", \"es\"]") List<String> languages,
        @Schema(nullable = true, examples = "Physiotherapist with a focus on headache and neck pain.") String bio,
        boolean treatsMigraine,
        boolean tracksOutcomes,
        boolean acceptsInsurance,
        boolean slidingScale,
        @Schema(description = "Inactive practitioners cannot be booked and their login is disabled.", examples = "true")
        boolean active,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The Keycloak user id of the practitioner's login, when there is one. Not shown to "
                + "patients.", examples = "8d1c2b3a-4e5f-6a7b-8c9d-0e1f2a3b4c5d") String keycloakUserId,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only in the answer to the create that provisioned a login, and never again (not even "
                + "to a replay of that create): the login's one-time password. Hand it to the practitioner, who must "
                + "choose a new one at first sign-in.", examples = "q7Rk#Tz2mWx9pLb4Nc8V") String temporaryPassword) {

    static PractitionerResponse of(Practitioner p) {
        return of(p, null);
    }

    static PractitionerResponse of(Practitioner p, String temporaryPassword) {
        return new PractitionerResponse(p.getId(), p.getVersion(), p.getCreatedAt(), p.getUpdatedAt(), p.getGivenName(),
                p.getFamilyName(), p.getEmail(), p.getPhone(), p.getModalities(), p.getMassageTechniques(),
                p.getYearsExperience(), p.getLanguages(), p.getBio(), p.isTreatsMigraine(), p.isTracksOutcomes(),
                p.isAcceptsInsurance(), p.isSlidingScale(), p.isActive(), p.getKeycloakUserId(), temporaryPassword);
    }

    /** The public profile patients see before booking: no contact details, no login. */
    static PractitionerResponse publicProfile(Practitioner p) {
        return new PractitionerResponse(p.getId(), p.getVersion(), p.getCreatedAt(), p.getUpdatedAt(), p.getGivenName(),
                p.getFamilyName(), null, null, p.getModalities(), p.getMassageTechniques(), p.getYearsExperience(),
                p.getLanguages(), p.getBio(), p.isTreatsMigraine(), p.isTracksOutcomes(), p.isAcceptsInsurance(),
                p.isSlidingScale(), p.isActive(), null, null);
    }
}
