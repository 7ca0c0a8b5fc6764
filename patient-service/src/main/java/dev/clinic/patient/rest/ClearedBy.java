package dev.clinic.patient.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClearedBy", description = "The clinician who cleared the contraindication (who may be outside the "
        + "clinic, e.g. the patient's physician). Omitted parts default to the caller's name and role.")
public record ClearedBy(
        @Size(max = 200) @Schema(examples = "Dr. Anil Mehta") String name,
        @Size(max = 100) @Schema(examples = "cardiologist") String role) {
}
