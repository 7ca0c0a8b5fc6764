package dev.clinic.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit event as the audit log API shows it. */
@Schema(name = "AuditEvent", description = "Who read or changed what, or was refused (DENIED).")
public record AuditEventResponse(
        @Schema(description = "Id of the event.") UUID id,
        @Schema(description = "When it happened (microsecond precision).", examples = "2026-03-04T09:30:00.123456Z")
        Instant occurredAt,
        @Schema(description = "The service that recorded it: patient-service, session-service or booking-service.",
                examples = "patient-service") String service,
        @Schema(description = "Who did it, as their access token said.") Actor actor,
        @Schema(description = "What was done: READ, LIST, SEARCH, CREATE, UPDATE, ARCHIVE, SIGN, ... For DENIED "
                + "events: READ (GET), UPDATE (PUT), CREATE (POST to a collection) or the path's last segment "
                + "(POST …/archive → ARCHIVE).", examples = "READ") String action,
        @Schema(description = "The kind of record, e.g. PATIENT, SESSION, APPOINTMENT, CONSENT.", examples = "PATIENT")
        String resourceType,
        @Schema(description = "The record, when one was addressed.", nullable = true) UUID resourceId,
        @Schema(description = "The patient the record is about, when known.", nullable = true) UUID patientId,
        @Schema(description = "SUCCESS, or DENIED for a request answered 403 or 404.",
                enumeration = { "SUCCESS", "DENIED" }) String outcome,
        @Schema(description = "DENIED events: the HTTP status the request got (403 or 404).", nullable = true,
                examples = "404") Integer status,
        @Schema(description = "DENIED events: the HTTP method of the request.", nullable = true, examples = "GET")
        String method,
        @Schema(description = "DENIED events: the request path (never its query string).", nullable = true,
                examples = "/api/v1/patients/5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11") String path,
        @Schema(description = "The request id (`X-Request-Id`) of the request.", nullable = true) String requestId) {

    /** The caller: the token's subject ({@code sub}) and client ({@code azp}). */
    @Schema(name = "AuditActor", description = "The caller, as their access token named them.")
    public record Actor(
            @Schema(description = "The token's subject (`sub`): the user's or service account's id.", nullable = true)
            String subject,
            @Schema(description = "The OAuth client the token was issued to (`azp`), e.g. clinic-web or ehr-sync.",
                    nullable = true) String clientId) {
    }

    static AuditEventResponse of(AuditEvent event, String service) {
        return new AuditEventResponse(event.getId(), event.getOccurredAt(), service,
                new Actor(event.getSubject(), event.getClientId()), event.getAction(), event.getResourceType(),
                event.getResourceId(), event.getPatientId(), event.getOutcome(), event.getStatus(),
                event.getHttpMethod(), event.getPath(), event.getRequestId());
    }

    /** The list body, named for the OpenAPI document. */
    @Schema(name = "AuditEventPage")
    public record Page(
            @Schema(description = "The events of this page, newest first.") List<AuditEventResponse> items,
            @Schema(description = "Opaque cursor of the next page; pass it as `cursor`. Null on the last page.",
                    nullable = true, type = SchemaType.STRING) String nextCursor) {
    }
}
