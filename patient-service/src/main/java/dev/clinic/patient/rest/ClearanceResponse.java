package dev.clinic.patient.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.patient.domain.Clearance;
import dev.clinic.patient.domain.ContraindicationCode;

@Schema(name = "Clearance", description = "A clinician's clearance of one contraindication for dry needling.")
public record ClearanceResponse(
        @Schema(examples = "3d1c7a52-9a0e-4c59-8f8e-5e0c1b2d3f44") UUID id,
        @Schema(description = "Row version; also the ETag.", examples = "0") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11") UUID patientId,
        @Schema(examples = "ANTICOAGULANTS") ContraindicationCode code,
        ClearedBy clearedBy,
        @Schema(examples = "2026-03-02") LocalDate clearedOn,
        @Schema(examples = "2026-06-30", nullable = true, description = "Last day it counts; null when open-ended.")
        LocalDate validUntil,
        @Schema(examples = "INR stable at 2.3; cleared for superficial needling only.", nullable = true) String note,
        @Schema(description = "Subject of the user who recorded it.", examples = "0f8b1c9e-6b4e-4f61-9a57-2d7c8e0b1a23")
        String recordedBy,
        @Schema(nullable = true, description = "When a re-screening that raised the code anew ended this clearance; "
                + "null while it stands.") Instant invalidatedAt) {

    static ClearanceResponse of(Clearance c) {
        return new ClearanceResponse(c.getId(), c.getVersion(), c.getCreatedAt(), c.getUpdatedAt(), c.getPatientId(),
                c.getCode(), new ClearedBy(c.getClearedByName(), c.getClearedByRole()), c.getClearedOn(),
                c.getValidUntil(), c.getNote(), c.getRecordedBy(), c.getInvalidatedAt());
    }
}
