package dev.clinic.booking.rest;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.clinic.booking.domain.MassageTechnique;
import dev.clinic.booking.domain.Modality;
import dev.clinic.booking.domain.Practitioner.Profile;

/** A practitioner's profile as a clinic admin sends it; on create, also how the login is made. */
@Schema(name = "PractitionerRequest", description = "A practitioner's profile, as sent on create and replace "
        + "(a replace is the whole profile: omitted optional fields are cleared, omitted flags are false). "
        + "`createLogin` and `existingLoginUsername` apply on create only.")
// server-owned fields a client may send back from a read; never applied
@JsonIgnoreProperties({ "active", "temporaryPassword" })
public record PractitionerRequest(
        @NotBlank @Size(max = 100) @Schema(examples = "Dana", required = true) String givenName,
        @NotBlank @Size(max = 100) @Schema(examples = "Whitfield", required = true) String familyName,
        @NotBlank @Email @Size(max = 254)
        @Schema(description = "Unique in the clinic, compared ignoring case; stored in lower case. "
                + "The username of a login made with `createLogin`.", examples = "dana.whitfield@northside.example",
                required = true) String email,
        @Pattern(regexp = "^\\+?[0-9 ()./-]{3,40}$", message = "must be a phone number: digits, spaces and ( ) . / - , "
                + "optionally a leading +")
        @Schema(examples = "+1 813 555 0142", maxLength = 41) String phone,
        @NotEmpty @Size(max = 2) @Schema(description = "What the practitioner may be booked for (each at most once).",
                required = true,
                examples = "[\"DRY_NEEDLING\"]") Set<@NotNull Modality> modalities,
        @Size(max = 4) @Schema(description = "Massage techniques offered (each at most once); only with modality "
                + "MASSAGE.",
                examples = "[\"SWEDISH\", \"MYOFASCIAL_RELEASE\"]") Set<@NotNull MassageTechnique> massageTechniques,
        @Min(0) @Max(80) @Schema(examples = "8") Integer yearsExperience,
        @Size(max = 20) @Schema(description = "Languages spoken, as BCP 47 tags.", examples = "[\"en\", \"es\"]")
        List<@NotNull @Size(max = 35) @Pattern(regexp = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
                message = "must be a BCP 47 language tag "
                + "such as en or pt-BR") String> languages,
        @Size(max = 4000) @Schema(examples = "Physiotherapist with a focus on headache and neck pain.") String bio,
        @Schema(description = "Experienced with migraine patients.", examples = "true") boolean treatsMigraine,
        @Schema(description = "Tracks patient outcomes (e.g. HIT-6, MIDAS).", examples = "true") boolean tracksOutcomes,
        @Schema(examples = "false") boolean acceptsInsurance,
        @Schema(description = "Offers a sliding fee scale.", examples = "false") boolean slidingScale,
        @Schema(description = "Create only: provision a Keycloak login (username = email, role practitioner, this "
                + "clinic). The answer carries its one-time `temporaryPassword`.", examples = "false")
        boolean createLogin,
        @Size(max = 254) @Schema(description = "Create only: link an existing Keycloak login of this clinic with role "
                + "practitioner, by username, instead of creating one.", examples = "needling-northside")
        String existingLoginUsername) {

    Profile profile() {
        return new Profile(givenName, familyName, email, phone, modalities, massageTechniques, yearsExperience, languages,
                bio, treatsMigraine, tracksOutcomes, acceptsInsurance, slidingScale);
    }
}
