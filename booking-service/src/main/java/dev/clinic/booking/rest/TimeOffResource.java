package dev.clinic.booking.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.clinic.booking.domain.TimeOff;
import dev.clinic.booking.service.TimeOffService;
import dev.clinic.platform.idempotency.Idempotency;
import dev.clinic.platform.idempotency.Idempotency.Created;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.paging.PageResponses;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;

@Path("/api/v1/practitioners/{practitionerId}/time-off")
@Tag(name = "Time off", description = "Stretches of time in which a practitioner cannot be booked.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimeOffResource {

    private final TimeOffService timeOff;
    private final Idempotency idempotency;

    TimeOffResource(TimeOffService timeOff, Idempotency idempotency) {
        this.timeOff = timeOff;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.CLINIC_ADMIN)
    @Operation(operationId = "createTimeOff", summary = "Add time off for a practitioner",
            description = "Time off may overlap other time off. Appointments already booked in it stay; cancel them "
                    + "if needed.")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new time off.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = TimeOffResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response create(@PathParam("practitionerId") UUID practitionerId,
            @Parameter(description = "Makes a retry safe: the same key and body return the first answer.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid TimeOffRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            TimeOff created = timeOff.create(practitionerId, request.start(), request.end(), request.reason());
            return new Created(created.getId(), URI.create("/api/v1/practitioners/" + practitionerId + "/time-off/"
                    + created.getId()), TimeOffResponse.of(created));
        }, id -> TimeOffResponse.of(timeOff.get(practitionerId, id)));
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR })
    @Operation(operationId = "listTimeOff", summary = "List a practitioner's time off",
            description = "Keyset-paged, in creation order; with `updatedSince` in order of change.")
    @APIResponse(responseCode = "200", description = "One page of time off; `Link: rel=\"next\"` when more follow.",
            content = @Content(schema = @Schema(implementation = TimeOffPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response list(@PathParam("practitionerId") UUID practitionerId, @BeanParam @Valid PageParams page,
            @Context UriInfo uriInfo) {
        return PageResponses.ok(timeOff.list(practitionerId, page).map(TimeOffResponse::of), uriInfo);
    }

    @GET
    @Path("/{timeOffId}")
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR })
    @Operation(operationId = "getTimeOff", summary = "Read one time off")
    @APIResponse(responseCode = "200", description = "The time off; `ETag` is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TimeOffResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("practitionerId") UUID practitionerId, @PathParam("timeOffId") UUID timeOffId) {
        TimeOff found = timeOff.get(practitionerId, timeOffId);
        return Response.ok(TimeOffResponse.of(found)).tag(ETags.of(found.getVersion())).build();
    }


    /** The list body, named for the OpenAPI document. */
    @Schema(name = "TimeOffPage")
    public record TimeOffPage(List<TimeOffResponse> items, @Schema(nullable = true) String nextCursor) {
    }
}
