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

import dev.clinic.booking.domain.Location;
import dev.clinic.booking.service.LocationService;
import dev.clinic.booking.service.LocationService.Details;
import dev.clinic.platform.idempotency.Idempotency;
import dev.clinic.platform.idempotency.Idempotency.Created;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.paging.PageResponses;
import dev.clinic.platform.problem.Problem;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;

@Path("/api/v1/locations")
@Tag(name = "Locations", description = "The places of a clinic where appointments happen.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LocationResource {

    private static final String NAME_TAKEN_EXAMPLE = """
            {"type": "https://clinic.dev/problems/location-name-taken", "title": "Conflict", "status": 409,
             "detail": "Another location of this clinic is already named \\"Northside Downtown\\"",
             "instance": "/api/v1/locations", "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "existingLocationId": "0b6c9a8e-51c4-4f7d-9a0e-6e2f1d3c4b5a"}""";

    private final LocationService locations;
    private final Idempotency idempotency;

    LocationResource(LocationService locations, Idempotency idempotency) {
        this.locations = locations;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.CLINIC_ADMIN)
    @Operation(operationId = "createLocation", summary = "Create a location")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new location.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = LocationResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", description = "Another location of this clinic already has this name "
            + "(compared ignoring case); `existingLocationId` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "location-name-taken", value = NAME_TAKEN_EXAMPLE)))
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response create(
            @Parameter(description = "Makes a retry safe: the same key and body return the first answer.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid LocationRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            Location location = locations.create(details(request));
            return new Created(location.getId(), URI.create("/api/v1/locations/" + location.getId()),
                    LocationResponse.of(location));
        }, id -> LocationResponse.of(locations.get(id)));
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "listLocations", summary = "List locations", description = "Keyset-paged, in creation order; with `updatedSince` "
            + "every location changed since then, in order of change. Patients may list them to book online.")
    @APIResponse(responseCode = "200", description = "One page of locations; `Link: rel=\"next\"` when more follow.",
            content = @Content(schema = @Schema(implementation = LocationPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response list(@BeanParam @Valid PageParams page, @Context UriInfo uriInfo) {
        return PageResponses.ok(locations.list(page).map(LocationResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "getLocation", summary = "Read a location")
    @APIResponse(responseCode = "200", description = "The location; `ETag` is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LocationResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        Location location = locations.get(id);
        return Response.ok(LocationResponse.of(location)).tag(ETags.of(location.getVersion())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.CLINIC_ADMIN)
    @Operation(operationId = "replaceLocation", summary = "Replace a location",
            description = "Send `If-Match` with the ETag you read to be sure no one else changed it meanwhile.")
    @APIResponse(responseCode = "200", description = "The updated location; `ETag` is its new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LocationResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "Another location of this clinic already has this name "
            + "(compared ignoring case); `existingLocationId` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "location-name-taken", value = NAME_TAKEN_EXAMPLE)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response replace(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read; a stale one is refused with 412.")
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid LocationRequest request) {
        Location location = locations.replace(id, ifMatch, details(request));
        return Response.ok(LocationResponse.of(location)).tag(ETags.of(location.getVersion())).build();
    }

    private static Details details(LocationRequest r) {
        return new Details(r.name(), r.address(), r.timeZone());
    }

    /** The list body, named for the OpenAPI document. */
    @Schema(name = "LocationPage")
    public record LocationPage(List<LocationResponse> items, @Schema(nullable = true) String nextCursor) {
    }
}
