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
import jakarta.ws.rs.PUT;
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

import dev.clinic.booking.domain.AppointmentType;
import dev.clinic.booking.domain.Modality;
import dev.clinic.booking.service.AppointmentTypeService;
import dev.clinic.booking.service.AppointmentTypeService.Details;
import dev.clinic.platform.idempotency.Idempotency;
import dev.clinic.platform.idempotency.Idempotency.Created;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.paging.PageResponses;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;

@Path("/api/v1/appointment-types")
@Tag(name = "Appointment types", description = "What a clinic offers to book: modality, length, buffer and price. "
        + "Clinic admins manage them; every role reads them, patients only the active ones.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppointmentTypeResource {

    private final AppointmentTypeService types;
    private final Idempotency idempotency;

    AppointmentTypeResource(AppointmentTypeService types, Idempotency idempotency) {
        this.types = types;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.CLINIC_ADMIN)
    @Operation(operationId = "createAppointmentType", summary = "Create an appointment type",
            description = "`massageTechnique` is required for MASSAGE and refused otherwise. Without `currency` the "
                    + "clinic's currency applies.")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new appointment type.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = AppointmentTypeResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response createAppointmentType(
            @Parameter(description = "Makes a retry safe: the same key and body return the first answer.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid AppointmentTypeRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            AppointmentType type = types.create(details(request));
            return new Created(type.getId(), URI.create("/api/v1/appointment-types/" + type.getId()),
                    AppointmentTypeResponse.of(type));
        }, id -> AppointmentTypeResponse.of(types.get(id)));
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "listAppointmentTypes", summary = "List appointment types",
            description = "Keyset-paged, in creation order; with `updatedSince` every type changed since then, in "
                    + "order of change. Patients see active types only.")
    @APIResponse(responseCode = "200", description = "One page of appointment types; `Link: rel=\"next\"` when more "
            + "follow.", content = @Content(schema = @Schema(implementation = AppointmentTypePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response listAppointmentTypes(@BeanParam @Valid PageParams page,
            @Parameter(description = "Only types of this modality.") @QueryParam("modality") Modality modality,
            @Parameter(description = "Only active (true) or inactive (false) types; both when absent. "
                    + "Patients never see inactive ones.") @QueryParam("active") Boolean active,
            @Context UriInfo uriInfo) {
        return PageResponses.ok(types.list(modality, active, page).map(AppointmentTypeResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "getAppointmentType", summary = "Read an appointment type",
            description = "For a patient an inactive type is 404.")
    @APIResponse(responseCode = "200", description = "The appointment type; `ETag` is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AppointmentTypeResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response getAppointmentType(@Parameter(description = "The appointment type.") @PathParam("id") UUID id) {
        AppointmentType type = types.get(id);
        return Response.ok(AppointmentTypeResponse.of(type)).tag(ETags.of(type.getVersion())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.CLINIC_ADMIN)
    @Operation(operationId = "replaceAppointmentType", summary = "Replace an appointment type",
            description = "The whole resource: omitted optional fields take their defaults (buffer 0, the clinic's "
                    + "currency, active). Send `If-Match` with the ETag you read to be sure no one else changed it "
                    + "meanwhile. Existing appointments keep the times they were booked with; deactivate a type "
                    + "(`active: false`) to stop offering it.")
    @APIResponse(responseCode = "200", description = "The updated appointment type; `ETag` is its new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AppointmentTypeResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response replaceAppointmentType(@Parameter(description = "The appointment type.") @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read; a stale one is refused with 412.")
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid AppointmentTypeRequest request) {
        AppointmentType type = types.replace(id, ifMatch, details(request));
        return Response.ok(AppointmentTypeResponse.of(type)).tag(ETags.of(type.getVersion())).build();
    }

    private static Details details(AppointmentTypeRequest r) {
        return new Details(r.name(), r.modality(), r.massageTechnique(), r.durationMinutes(), r.bufferMinutes(),
                r.priceMinor(), r.currency(), r.active());
    }

    /** The list body, named for the OpenAPI document. */
    @Schema(name = "AppointmentTypePage")
    public record AppointmentTypePage(List<AppointmentTypeResponse> items, @Schema(nullable = true) String nextCursor) {
    }
}
