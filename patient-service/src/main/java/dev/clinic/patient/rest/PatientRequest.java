package dev.clinic.patient.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.patient.domain.Sex;

/** The demographics a client sends to create or replace a patient. Server-owned fields are not part of it. */
@Schema(name = "PatientRequest", description = "A patient's demographics, as sent on create and replace.")
public record PatientRequest(
        @NotBlank @Size(max = 100) @Schema(examples = "Maria", required = true) String givenName,
        @NotBlank @Size(max = 100) @Schema(examples = "Lopez", required = true) String familyName,
        @Size(max = 100) @Schema(examples = "Mari") String preferredName,
        @NotNull @PastOrPresent @Schema(examples = "1988-04-12", required = true) LocalDate birthDate,
        @NotNull @Schema(examples = "female", required = true) Sex sex,
        @Email @Size(max = 254) @Schema(examples = "maria.lopez@example.com") String email,
        @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ().\\-]{3,40}", message = "must be a phone number")
        @Schema(examples = "+1 305 555 0142") String phone) {
}
