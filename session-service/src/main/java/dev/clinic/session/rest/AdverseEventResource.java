package dev.clinic.session.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.clinic.platform.idempotency.Idempotency;
import dev.clinic.platform.idempotency.Idempotency.Created;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.paging.PageResponses;
import dev.clinic.platform.problem.Problem;
import dev.clinic.platform.security.Roles;
import dev.clinic.session.domain.AdverseEvent;
import dev.clinic.session.service.SessionRecordService;

/** Adverse events, on drafts and signed sessions alike. */
@Path("/api/v1/sessions/{sessionId}/adverse-events")
@Tag(name = "Treatment sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdverseEventResource {

    static final String INVALID_EXAMPLE = """
            {"type": "https://clinic.dev/problems/validation-failed", "title": "Invalid input", "status": 400,
             "detail": "1 field is invalid",
             "instance": "/api/v1/sessions/8d7c1f0e-2a4b-4c6d-8e9f-0a1b2c3d4e5f/adverse-events",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "errors": [{"field": "severity", "message": "must be SERIOUS when type is PNEUMOTHORAX"}]}""";

    private final SessionRecordService records;
    private final Idempotency idempotency;

    AdverseEventResource(SessionRecordService records, Idempotency idempotency) {
        this.records = records;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(operationId = "recordAdverseEvent", summary = "Record an adverse event on a session",
            description = "On a draft or a signed session (it does not change the signed record). PNEUMOTHORAX is "
                    + "always SERIOUS (another severity is a 400, never silently raised); SERIOUS events are "
                    + "`reportable`. Works while other services are down. Roles: practitioner (any of the clinic).")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the adverse event.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = AdverseEventResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or out of range, PNEUMOTHORAX is not "
            + "SERIOUS, `onsetAt` is before the session started or `resolvedAt` before `onsetAt`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "validation-failed", value = INVALID_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response create(@PathParam("sessionId") UUID sessionId,
            @Parameter(description = "Makes a retry safe: the same key and body return the first answer.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid AdverseEventRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            AdverseEvent event = records.recordAdverseEvent(sessionId, request.report());
            return new Created(event.getId(), URI.create("/api/v1/sessions/" + sessionId + "/adverse-events/"
                    + event.getId()), AdverseEventResponse.of(event));
        }, id -> AdverseEventResponse.of(records.adverseEvent(sessionId, id)));
    }

    @GET
    @RolesAllowed({ Roles.PRACTITIONER, Roles.CLINIC_ADMIN, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "listAdverseEvents", summary = "List a session's adverse events",
            description = "Oldest first, keyset-paged. " + TreatmentSessionResource.READERS)
    @APIResponse(responseCode = "200", description = "One page of adverse events; `Link: rel=\"next\"` when more follow.",
            content = @Content(schema = @Schema(implementation = AdverseEventPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response list(@PathParam("sessionId") UUID sessionId, @BeanParam @Valid PageParams page,
            @Context UriInfo uriInfo) {
        return PageResponses.ok(records.adverseEvents(sessionId, page).map(AdverseEventResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.CLINIC_ADMIN, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "getAdverseEvent", summary = "Read one adverse event", description = TreatmentSessionResource.READERS)
    @APIResponse(responseCode = "200", description = "The adverse event.",
            content = @Content(schema = @Schema(implementation = AdverseEventResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AdverseEventResponse get(@PathParam("sessionId") UUID sessionId, @PathParam("id") UUID id) {
        return AdverseEventResponse.of(records.adverseEvent(sessionId, id));
    }

    /** The list body, named for the OpenAPI document. */
    @Schema(name = "AdverseEventPage")
    public record AdverseEventPage(List<AdverseEventResponse> items, @Schema(nullable = true) String nextCursor) {
    }
}
