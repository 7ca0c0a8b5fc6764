package dev.clinic.patient.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.patient.domain.Patient;
import dev.clinic.patient.domain.Sex;

@Schema(name = "Patient", description = "A patient of the caller's clinic.")
public record PatientResponse(
        @Schema(examples = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11") UUID id,
        @Schema(description = "Row version; also the ETag.", examples = "0") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "Maria") String givenName,
        @Schema(examples = "Lopez") String familyName,
        @Schema(examples = "Mari") String preferredName,
        @Schema(examples = "1988-04-12") LocalDate birthDate,
        Sex sex,
        @Schema(examples = "maria.lopez@example.com") String email,
        @Schema(examples = "+1 305 555 0142") String phone,
        @Schema(description = "When the patient was archived; null while active.", nullable = true) Instant archivedAt) {

    static PatientResponse of(Patient patient) {
        return new PatientResponse(patient.getId(), patient.getVersion(), patient.getCreatedAt(), patient.getUpdatedAt(),
                patient.getGivenName(), patient.getFamilyName(), patient.getPreferredName(), patient.getBirthDate(),
                patient.getSex(), patient.getEmail(), patient.getPhone(), patient.getArchivedAt());
    }
}
