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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.clinic.booking.domain.Room;
import dev.clinic.booking.service.RoomService;
import dev.clinic.platform.idempotency.Idempotency;
import dev.clinic.platform.idempotency.Idempotency.Created;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.paging.PageResponses;
import dev.clinic.platform.problem.Problem;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;

@Path("/api/v1/locations/{id}/rooms")
@Tag(name = "Rooms", description = "The treatment rooms of a location. Clinic admins manage them; staff and "
        + "integrators read them.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoomResource {

    private static final String NAME_TAKEN_EXAMPLE = """
            {"type": "https://clinic.dev/problems/room-name-taken", "title": "Conflict", "status": 409,
             "detail": "Another room of this location is already named \\"Room 1\\"",
             "instance": "/api/v1/locations/0b6c9a8e-51c4-4f7d-9a0e-6e2f1d3c4b5a/rooms",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "existingRoomId": "3f9a1c2e-8b7d-4e6f-a5b4-c3d2e1f0a9b8"}""";
    private static final String LOCATION_NOT_FOUND_EXAMPLE = """
            {"type": "https://clinic.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Location 0b6c9a8e-51c4-4f7d-9a0e-6e2f1d3c4b5a was not found",
             "instance": "/api/v1/locations/0b6c9a8e-51c4-4f7d-9a0e-6e2f1d3c4b5a/rooms",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c"}""";
    private static final String ROOM_NOT_FOUND_EXAMPLE = """
            {"type": "https://clinic.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Room 3f9a1c2e-8b7d-4e6f-a5b4-c3d2e1f0a9b8 was not found",
             "instance": "/api/v1/locations/0b6c9a8e-51c4-4f7d-9a0e-6e2f1d3c4b5a/rooms/3f9a1c2e-8b7d-4e6f-a5b4-c3d2e1f0a9b8",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c"}""";

    private final RoomService rooms;
    private final Idempotency idempotency;

    RoomResource(RoomService rooms, Idempotency idempotency) {
        this.rooms = rooms;
        this.idempotency = idempotency;
    }


    @POST
    @RolesAllowed(Roles.CLINIC_ADMIN)
    @Operation(operationId = "createRoom", summary = "Create a room in a location")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new room.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = RoomResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "No such location in your clinic.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not-found", value = LOCATION_NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Another room of this location already has this name "
            + "(compared ignoring case); `existingRoomId` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "room-name-taken", value = NAME_TAKEN_EXAMPLE)))
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response createRoom(@Parameter(description = "The location.") @PathParam("id") UUID id,
            @Parameter(description = "Makes a retry safe: the same key and body return the first answer.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid RoomRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            Room room = rooms.create(id, request.name());
            return new Created(room.getId(), location(room), RoomResponse.of(room));
        }, roomId -> RoomResponse.of(rooms.get(id, roomId)));
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR })
    @Operation(operationId = "listRooms", summary = "List the rooms of a location",
            description = "Keyset-paged, in creation order; with `updatedSince` every room changed since then, in "
                    + "order of change.")
    @APIResponse(responseCode = "200", description = "One page of rooms; `Link: rel=\"next\"` when more follow.",
            content = @Content(schema = @Schema(implementation = RoomPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "No such location in your clinic.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not-found", value = LOCATION_NOT_FOUND_EXAMPLE)))
    public Response listRooms(@Parameter(description = "The location.") @PathParam("id") UUID id,
            @BeanParam @Valid PageParams page, @Context UriInfo uriInfo) {
        return PageResponses.ok(rooms.list(id, page).map(RoomResponse::of), uriInfo);
    }

    @GET
    @Path("/{roomId}")
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR })
    @Operation(operationId = "getRoom", summary = "Read a room")
    @APIResponse(responseCode = "200", description = "The room; `ETag` is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoomResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "No such location in your clinic, or no such room in it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not-found", value = ROOM_NOT_FOUND_EXAMPLE)))
    public Response getRoom(@Parameter(description = "The location.") @PathParam("id") UUID id,
            @Parameter(description = "The room.") @PathParam("roomId") UUID roomId) {
        Room room = rooms.get(id, roomId);
        return Response.ok(RoomResponse.of(room)).tag(ETags.of(room.getVersion())).build();
    }

    private static URI location(Room room) {
        return URI.create("/api/v1/locations/" + room.getLocationId() + "/rooms/" + room.getId());
    }

    /** The list body, named for the OpenAPI document. */
    @Schema(name = "RoomPage")
    public record RoomPage(List<RoomResponse> items, @Schema(nullable = true) String nextCursor) {
    }
}
