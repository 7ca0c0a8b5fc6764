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
import dev.clinic.session.domain.Amendment;
import dev.clinic.session.service.SessionRecordService;

/** Amendments: the only way a signed session grows. */
@Path("/api/v1/sessions/{sessionId}/amendments")
@Tag(name = "Treatment sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AmendmentResource {

    static final String NOT_SIGNED_EXAMPLE = """
            {"type": "https://clinic.dev/problems/session-not-signed", "title": "Conflict", "status": 409,
             "detail": "Session 8d7c1f0e-2a4b-4c6d-8e9f-0a1b2c3d4e5f is a draft: correct it by replacing it (PUT); amendments are for signed sessions",
             "instance": "/api/v1/sessions/8d7c1f0e-2a4b-4c6d-8e9f-0a1b2c3d4e5f/amendments",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c"}""";

    private final SessionRecordService records;
    private final Idempotency idempotency;

    AmendmentResource(SessionRecordService records, Idempotency idempotency) {
        this.records = records;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(operationId = "amendSession", summary = "Amend a signed session",
            description = "Adds a correction or addition (reason, text) by the session's practitioner, timed now; the "
                    + "signed record itself never changes. Roles: practitioner (the session's own).")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the amendment.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = AmendmentResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", description = TreatmentSessionResource.OWNER_ONLY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The session is a draft: replace it instead.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "session-not-signed", value = NOT_SIGNED_EXAMPLE)))
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response create(@PathParam("sessionId") UUID sessionId,
            @Parameter(description = "Makes a retry safe: the same key and body return the first answer.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid AmendmentRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            Amendment amendment = records.amend(sessionId, request.reason(), request.text());
            return new Created(amendment.getId(), URI.create("/api/v1/sessions/" + sessionId + "/amendments/"
                    + amendment.getId()), AmendmentResponse.of(amendment));
        }, id -> AmendmentResponse.of(records.amendment(sessionId, id)));
    }

    @GET
    @RolesAllowed({ Roles.PRACTITIONER, Roles.CLINIC_ADMIN, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "listAmendments", summary = "List a session's amendments",
            description = "Oldest first, keyset-paged. " + TreatmentSessionResource.READERS)
    @APIResponse(responseCode = "200", description = "One page of amendments; `Link: rel=\"next\"` when more follow.",
            content = @Content(schema = @Schema(implementation = AmendmentPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response list(@PathParam("sessionId") UUID sessionId, @BeanParam @Valid PageParams page,
            @Context UriInfo uriInfo) {
        return PageResponses.ok(records.amendments(sessionId, page).map(AmendmentResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.CLINIC_ADMIN, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "getAmendment", summary = "Read one amendment", description = TreatmentSessionResource.READERS)
    @APIResponse(responseCode = "200", description = "The amendment.",
            content = @Content(schema = @Schema(implementation = AmendmentResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AmendmentResponse get(@PathParam("sessionId") UUID sessionId, @PathParam("id") UUID id) {
        return AmendmentResponse.of(records.amendment(sessionId, id));
    }

    /** The list body, named for the OpenAPI document. */
    @Schema(name = "AmendmentPage")
    public record AmendmentPage(List<AmendmentResponse> items, @Schema(nullable = true) String nextCursor) {
    }
}
