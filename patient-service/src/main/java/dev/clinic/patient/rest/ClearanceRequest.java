package dev.clinic.patient.rest;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties({ "patientId", "code", "recordedBy", "invalidatedAt" })
@Schema(name = "ClearanceRequest", description = "A clinician's clearance of one contraindication for dry needling.")
public record ClearanceRequest(
        @Valid @Schema(description = "Defaults to the caller's name and role.") ClearedBy clearedBy,
        @NotNull @Schema(required = true, examples = "2026-03-02",
                description = "The day it was cleared; not in the future. The clearance counts from this day.")
        LocalDate clearedOn,
        @Schema(examples = "2026-06-30", description = "The last day it counts (inclusive); open-ended when absent. "
                + "Not before clearedOn.")
        LocalDate validUntil,
        @Size(max = 2000) @Schema(examples = "INR stable at 2.3; cleared for superficial needling only.") String note) {
}
