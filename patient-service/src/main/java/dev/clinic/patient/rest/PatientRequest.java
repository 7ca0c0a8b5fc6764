package dev.clinic.patient.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.patient.domain.Patient;
import dev.clinic.patient.domain.Sex;

/** The demographics a client sends to create or replace a patient. Server-owned fields are not part of it. */
@Schema(name = "PatientRequest", description = "A patient's demographics, as sent on create and replace "
        + "(a replace sends the whole record: a field left out is cleared).")
public record PatientRequest(
        @NotBlank @Size(max = 100) @Schema(examples = "Maria", required = true) String givenName,
        @NotBlank @Size(max = 100) @Schema(examples = "Lopez", required = true) String familyName,
        @Size(max = 100) @Schema(description = "The name the patient likes to be called by.", examples = "Mari")
        String preferredName,
        @NotNull @PastOrPresent @NotBefore(Patient.EARLIEST_BIRTH_DATE)
        @Schema(description = "Date of birth: not in the future, not before 1900-01-01.", examples = "1988-04-12",
                required = true)
        LocalDate birthDate,
        @NotNull @Schema(description = "Administrative sex (FHIR AdministrativeGender).", examples = "female",
                required = true)
        Sex sex,
        @Email @Size(max = 254) @Schema(examples = "maria.lopez@example.com") String email,
        @Size(max = 40) @Pattern(regexp = PHONE, message = PHONE_MESSAGE) @Schema(examples = "+1 305 555 0142")
        String phone,
        @Valid @Schema(nullable = true) Address address,
        @Valid @Schema(nullable = true) EmergencyContact emergencyContact,
        @Size(max = 20, message = "must have at most 20 entries") @Valid
        @Schema(description = "The patient's identifiers in other systems (EHRs). In a clinic a system and value "
                + "pair belongs to one patient only; a pair may appear once. A patient caller cannot change them: "
                + "leave them out (or send them back unchanged).")
        List<@NotNull ExternalId> externalIds) {

    /** Anchored, so the OpenAPI pattern (a search, in JSON Schema) means what Bean Validation's full match means. */
    static final String PHONE = "^\\+?[0-9 ().\\-]{3,40}$";
    static final String PHONE_MESSAGE = "must be a phone number";

    @Schema(name = "Address", description = "A postal address.")
    public record Address(
            @NotBlank @Size(max = 200) @Schema(examples = "1200 Brickell Ave", required = true) String line1,
            @Size(max = 200) @Schema(examples = "Apt 4B") String line2,
            @NotBlank @Size(max = 100) @Schema(examples = "Miami", required = true) String city,
            @Size(max = 100) @Schema(description = "State, province or county.", examples = "FL") String region,
            @Size(max = 20) @Schema(examples = "33131") String postalCode,
            @NotBlank @CountryCode
            @Schema(description = "ISO 3166-1 alpha-2 country code, upper case.", pattern = "^[A-Z]{2}$", maxLength = 2,
                    examples = "US", required = true)
            String country) {
    }

    @Schema(name = "EmergencyContact", description = "Whom the clinic calls if something happens during treatment.")
    public record EmergencyContact(
            @NotBlank @Size(max = 100) @Schema(examples = "Jorge Lopez", required = true) String name,
            @NotBlank @Size(max = 40) @Pattern(regexp = PHONE, message = PHONE_MESSAGE)
            @Schema(examples = "+1 305 555 0199", required = true) String phone,
            @Size(max = 50) @Schema(description = "How the contact is related to the patient.", examples = "spouse")
            String relationship) {
    }

    @Schema(name = "ExternalId", description = "An identifier of the patient in another system, such as an EHR's "
            + "medical record number.")
    public record ExternalId(
            @NotBlank @Size(max = 200) @Pattern(regexp = "^[^|\\s]+$", message = "must contain no spaces and no |")
            @Schema(description = "Who issued the identifier: a URI or an OID URN.",
                    examples = "urn:oid:2.16.840.1.113883.19.5", required = true)
            String system,
            @NotBlank @Size(max = 100) @Schema(description = "The identifier within that system.",
                    examples = "MRN-004211", required = true)
            String value) {
    }
}
