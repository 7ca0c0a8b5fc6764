package dev.clinic.platform.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.clinic.platform.paging.Keyset;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.paging.PageResponses;
import dev.clinic.platform.paging.Where;
import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.security.Roles;

/**
 * The audit log API of one service: its own audit events, of the caller's clinic only, newest
 * first. Every service serves it (this class is in the platform library); the gateway answers
 * {@code GET /api/v1/audit-events} itself by asking all three and merging their pages, which is why
 * the cursor's encoding is fixed (see {@code dev.clinic.platform.paging.Cursor}) and why this
 * operation's documentation must be the same in every service. Reading the audit log is audited too.
 */
@Path(AuditEventResource.PATH)
@Tag(name = "Audit log", description = "Who read or changed what, and who was refused.")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {

    public static final String PATH = "/api/v1/audit-events";
    static final String RESOURCE = "AUDIT_EVENT";
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    private final EntityManager entityManager;
    private final AuditLog audit;
    private final String service;

    AuditEventResource(EntityManager entityManager, AuditLog audit,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.CLINIC_ADMIN)
    @Transactional
    @Operation(operationId = "listAuditEvents", summary = "Query the audit log",
            description = "Who read or changed what in this clinic, and which requests were refused: every read "
                    + "and change of patient-related records is a SUCCESS event, every request answered 403 or 404 "
                    + "to a caller of this clinic a DENIED event (with its method, path and status). Requests "
                    + "without a valid token (401) belong to no clinic and are not listed. Newest first, by "
                    + "(`occurredAt`, `id`); the filters combine, and the `Link: rel=\"next\"` keeps them. Through "
                    + "the gateway the events of all services come merged in one list. Roles: clinic-admin.")
    @APIResponse(responseCode = "200", description = "One page of audit events; `Link: rel=\"next\"` when more follow.",
            headers = @Header(name = "Link", description = "`</api/v1/audit-events?...&cursor=...>; rel=\"next\"`",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AuditEventResponse.Page.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response list(
            @Parameter(description = "Only events about this patient.")
            @QueryParam("patientId") UUID patientId,
            @Parameter(description = "Only events of this caller: a token subject (user or service account id) or a "
                    + "client id (`azp`, e.g. ehr-sync).")
            @QueryParam("actor") @Size(max = 255, message = "must be at most 255 characters") String actor,
            @Parameter(description = "Only this action, e.g. READ, UPDATE, CREATE, ARCHIVE.", example = "READ")
            @QueryParam("action") String action,
            @Parameter(description = "Only this kind of record, e.g. PATIENT, SESSION, APPOINTMENT.", example = "PATIENT")
            @QueryParam("resourceType") String resourceType,
            @Parameter(description = "Only SUCCESS or only DENIED events.")
            @QueryParam("outcome") AuditLog.Outcome outcome,
            @Parameter(description = "Only events at or after this instant.", example = "2026-03-04T00:00:00Z")
            @QueryParam("from") Instant from,
            @Parameter(description = "Only events before this instant; must be after `from`.",
                    example = "2026-03-05T00:00:00Z")
            @QueryParam("to") Instant to,
            @Parameter(description = "Page size, 1 to 200 (default 50).", example = "50")
            @QueryParam("limit") @DefaultValue("50") @Min(value = 1, message = "must be between 1 and 200")
            @Max(value = PageParams.MAX_LIMIT, message = "must be between 1 and 200") Integer limit,
            @Parameter(description = "The `nextCursor` of the previous page.")
            @QueryParam("cursor") @Size(max = 200, message = "is not a cursor this API issued") String cursor,
            @Context UriInfo uriInfo) {
        List<FieldError> errors = new ArrayList<>();
        String actionCode = code("action", action, errors);
        String typeCode = code("resourceType", resourceType, errors);
        if (from != null && to != null && !to.isAfter(from)) {
            errors.add(new FieldError("to", "must be after from"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String who = actor == null || actor.isBlank() ? null : actor.strip();
        Where where = new Where()
                .equal("patientId", patientId)
                .and("(subject = :actor or clientId = :actor)", "actor", who)
                .equal("action", actionCode)
                .equal("resourceType", typeCode)
                .equal("outcome", outcome == null ? null : outcome.name())
                .and("occurredAt >= :from", "from", from)
                .and("occurredAt < :to", "to", to);
        PageParams page = PageParams.of(limit == null ? PageParams.DEFAULT_LIMIT : limit, cursor, null);
        var events = Keyset.newestFirst(entityManager, AuditEvent.class, "occurredAt", AuditEvent::getOccurredAt,
                AuditEvent::getId, where, page);
        audit.record("LIST", RESOURCE, null, null);
        var body = events.map(event -> AuditEventResponse.of(event, service));
        return PageResponses.ok(body, uriInfo);
    }

    /** Actions and resource types are upper-case codes; any case is accepted. */
    private static String code(String parameter, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (!CODE.matcher(stripped).matches()) {
            errors.add(new FieldError(parameter, "must be a code of letters, digits and _ (at most 64), e.g. READ"));
            return null;
        }
        return stripped.toUpperCase(Locale.ROOT);
    }
}
