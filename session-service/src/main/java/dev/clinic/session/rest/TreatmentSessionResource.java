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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.clinic.platform.idempotency.Idempotency;
import dev.clinic.platform.idempotency.Idempotency.Created;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.paging.PageResponses;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;
import dev.clinic.session.domain.TreatmentSession;
import dev.clinic.session.service.TreatmentSessionService;

/**
 * Treatment sessions hold clinical notes: front-desk never reads them, and a patient reading their
 * own sessions is not offered yet.
 */
@Path("/api/v1/sessions")
@Tag(name = "Treatment sessions", description = "Dry-needling and massage sessions documented as SOAP notes.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TreatmentSessionResource {

    private final TreatmentSessionService sessions;
    private final Idempotency idempotency;

    TreatmentSessionResource(TreatmentSessionService sessions, Idempotency idempotency) {
        this.sessions = sessions;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(operationId = "createSession", summary = "Record a treatment session",
            description = "Starts a DRAFT written by the calling practitioner. `massageTechnique` is required for "
                    + "MASSAGE and refused for DRY_NEEDLING; `endedAt`, when given, is after `startedAt`.")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new session.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = TreatmentSessionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response create(
            @Parameter(description = "Makes a retry safe: the same key and body return the first answer.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid TreatmentSessionRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            TreatmentSession session = sessions.create(request.patientId(), request.content());
            return new Created(session.getId(), URI.create("/api/v1/sessions/" + session.getId()),
                    TreatmentSessionResponse.of(session));
        }, id -> TreatmentSessionResponse.of(sessions.get(id)));
    }

    @GET
    @RolesAllowed({ Roles.PRACTITIONER, Roles.CLINIC_ADMIN, Roles.INTEGRATOR })
    @Operation(operationId = "listSessions", summary = "List treatment sessions", description = "Keyset-paged, in creation order; with "
            + "`updatedSince` every session changed since then, in order of change.")
    @APIResponse(responseCode = "200", description = "One page of sessions; `Link: rel=\"next\"` when more follow.",
            content = @Content(schema = @Schema(implementation = TreatmentSessionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response list(@BeanParam @Valid PageParams page,
            @Parameter(description = "Only this patient's sessions.") @QueryParam("patientId") UUID patientId,
            @Context UriInfo uriInfo) {
        return PageResponses.ok(sessions.list(patientId, page).map(TreatmentSessionResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.CLINIC_ADMIN, Roles.INTEGRATOR })
    @Operation(operationId = "getSession", summary = "Read a treatment session")
    @APIResponse(responseCode = "200", description = "The session; `ETag` is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TreatmentSessionResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        TreatmentSession session = sessions.get(id);
        return Response.ok(TreatmentSessionResponse.of(session)).tag(ETags.of(session.getVersion())).build();
    }

    /** The list body, named for the OpenAPI document. */
    @Schema(name = "TreatmentSessionPage")
    public record TreatmentSessionPage(List<TreatmentSessionResponse> items, @Schema(nullable = true) String nextCursor) {
    }
}
