package dev.clinic.session.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.session.domain.AdverseEvent;
import dev.clinic.session.domain.clinical.AdverseEventSeverity;
import dev.clinic.session.domain.clinical.AdverseEventType;

@Schema(name = "AdverseEvent", description = "An adverse event recorded on a session.")
public record AdverseEventResponse(
        @Schema(examples = "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d") UUID id,
        @Schema(examples = "0") long version,
        @Schema(examples = "2026-03-05T08:00:00Z") Instant createdAt,
        @Schema(examples = "2026-03-05T08:00:00Z") Instant updatedAt,
        @Schema(examples = "8d7c1f0e-2a4b-4c6d-8e9f-0a1b2c3d4e5f") UUID sessionId,
        @Schema(examples = "BRUISING") AdverseEventType type,
        @Schema(examples = "MILD") AdverseEventSeverity severity,
        @Schema(description = "SERIOUS events must be reported to the regulator (Florida rule 64B17-6.008).",
                examples = "false") boolean reportable,
        @Schema(examples = "2026-03-04T18:00:00Z") Instant onsetAt,
        @Schema(nullable = true, examples = "2026-03-07T09:00:00Z") Instant resolvedAt,
        @Schema(nullable = true, examples = "Small bruise over the right upper trapezius, no pain.") String notes,
        @Schema(description = "The login (token `sub`) of the practitioner who recorded it.",
                examples = "3f1c2b4a-9d8e-4f7a-b6c5-d4e3f2a1b0c9") String recordedBy) {

    static AdverseEventResponse of(AdverseEvent e) {
        return new AdverseEventResponse(e.getId(), e.getVersion(), e.getCreatedAt(), e.getUpdatedAt(), e.getSessionId(),
                e.getType(), e.getSeverity(), e.isReportable(), e.getOnsetAt(), e.getResolvedAt(), e.getNotes(),
                e.getRecordedBy());
    }
}
