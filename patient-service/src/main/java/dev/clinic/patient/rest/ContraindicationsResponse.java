package dev.clinic.patient.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.patient.service.ContraindicationService.Assessment;

@Schema(name = "Contraindications", description = "Every contraindication a patient has on a date. Not a paged "
        + "list: it is derived, at most one entry per code.")
public record ContraindicationsResponse(
        @Schema(examples = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11") UUID patientId,
        @Schema(description = "The date they are derived for.", examples = "2026-03-04") LocalDate date,
        @Schema(description = "False when the patient has no screening: then only the birth date was judged, "
                + "and dry needling is blocked (NOT_SCREENED).", examples = "true") boolean screened,
        @Schema(nullable = true, description = "When the current screening was recorded.") Instant screenedAt,
        List<ContraindicationResponse> items) {

    static ContraindicationsResponse of(Assessment a) {
        return new ContraindicationsResponse(a.patientId(), a.date(), a.screened(), a.screenedAt(),
                a.contraindications().stream().map(ContraindicationResponse::of).toList());
    }
}
