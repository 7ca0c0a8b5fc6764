package dev.clinic.patient.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.patient.domain.Patient;
import dev.clinic.patient.domain.Sex;
import dev.clinic.patient.rest.PatientRequest.Address;
import dev.clinic.patient.rest.PatientRequest.EmergencyContact;
import dev.clinic.patient.rest.PatientRequest.ExternalId;

@Schema(name = "Patient", description = "A patient of the caller's clinic.")
public record PatientResponse(
        @Schema(examples = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11") UUID id,
        @Schema(description = "Row version; also the ETag.", examples = "0") long version,
        @Schema(examples = "2026-03-04T09:30:00Z") Instant createdAt,
        @Schema(description = "Moves with every change, archiving included.", examples = "2026-03-04T09:30:00Z")
        Instant updatedAt,
        @Schema(examples = "Maria") String givenName,
        @Schema(examples = "Lopez") String familyName,
        @Schema(examples = "Mari", nullable = true) String preferredName,
        @Schema(examples = "1988-04-12") LocalDate birthDate,
        @Schema(examples = "female") Sex sex,
        @Schema(examples = "maria.lopez@example.com", nullable = true) String email,
        @Schema(examples = "+1 305 555 0142", nullable = true) String phone,
        @Schema(nullable = true) Address address,
        @Schema(nullable = true) EmergencyContact emergencyContact,
        @Schema(description = "Ordered by system, then value.") List<ExternalId> externalIds,
        @Schema(description = "When the patient was archived; null while active.", nullable = true) Instant archivedAt) {

    static PatientResponse of(Patient patient) {
        var address = patient.getAddress();
        var contact = patient.getEmergencyContact();
        return new PatientResponse(patient.getId(), patient.getVersion(), patient.getCreatedAt(), patient.getUpdatedAt(),
                patient.getGivenName(), patient.getFamilyName(), patient.getPreferredName(), patient.getBirthDate(),
                patient.getSex(), patient.getEmail(), patient.getPhone(),
                address == null ? null : new Address(address.line1(), address.line2(), address.city(),
                        address.region(), address.postalCode(), address.country()),
                contact == null ? null : new EmergencyContact(contact.name(), contact.phone(), contact.relationship()),
                patient.getExternalIds().stream().map(id -> new ExternalId(id.system(), id.value())).toList(),
                patient.getArchivedAt());
    }
}
