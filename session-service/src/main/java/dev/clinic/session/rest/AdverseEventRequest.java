package dev.clinic.session.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.clinic.session.domain.AdverseEvent;
import dev.clinic.session.domain.clinical.AdverseEventSeverity;
import dev.clinic.session.domain.clinical.AdverseEventType;

@Schema(name = "AdverseEventRequest", description = "Something that went wrong during or after the treatment.")
@JsonIgnoreProperties({ "sessionId", "reportable", "recordedBy" })
public record AdverseEventRequest(
        @Schema(required = true, examples = "BRUISING") AdverseEventType type,
        @Schema(required = true, description = "PNEUMOTHORAX must be SERIOUS; SERIOUS events are reportable.",
                examples = "MILD") AdverseEventSeverity severity,
        @Schema(required = true, description = "Not before the session started.", examples = "2026-03-04T18:00:00Z")
        Instant onsetAt,
        @Schema(description = "Not before `onsetAt`; absent while it lasts.", examples = "2026-03-07T09:00:00Z")
        Instant resolvedAt,
        @Schema(maxLength = 10000, examples = "Small bruise over the right upper trapezius, no pain.") String notes) {

    AdverseEvent.Report report() {
        return new AdverseEvent.Report(type, severity, onsetAt, resolvedAt, notes);
    }
}
