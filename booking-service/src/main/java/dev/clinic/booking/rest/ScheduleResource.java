package dev.clinic.booking.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.clinic.booking.service.ScheduleService;
import dev.clinic.booking.service.ScheduleService.Week;
import dev.clinic.platform.problem.Problem;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;

@Path("/api/v1/practitioners/{practitionerId}/schedule")
@Tag(name = "Schedules", description = "Practitioners' weekly working hours per location, in clinic-local time.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    private static final String OVERLAP_EXAMPLE = """
            {"type": "https://clinic.dev/problems/validation-failed", "title": "Invalid input", "status": 400,
             "detail": "intervals[1]: overlaps intervals[0] (MONDAY 09:00-12:30)",
             "instance": "/api/v1/practitioners/3f2a7c1e-9b4d-4e8a-8c6f-1d2e3f4a5b6c/schedule",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "errors": [{"field": "intervals[1]", "message": "overlaps intervals[0] (MONDAY 09:00-12:30)"}]}""";

    private final ScheduleService schedules;

    ScheduleResource(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR })
    @Operation(operationId = "getSchedule", summary = "Read a practitioner's weekly schedule",
            description = "Patients see free slots through availability instead.")
    @APIResponse(responseCode = "200", description = "The schedule; `ETag` is the practitioner's version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("practitionerId") UUID practitionerId) {
        return withETag(schedules.get(practitionerId));
    }

    @PUT
    @RolesAllowed(Roles.CLINIC_ADMIN)
    @Operation(operationId = "replaceSchedule", summary = "Replace a practitioner's weekly schedule",
            description = "The whole week at once. Each interval starts before it ends, on whole minutes, at a location "
                    + "of this clinic; intervals of one weekday must not overlap (touching is fine), wherever they are. "
                    + "The ETag is the practitioner's version, which this moves: send `If-Match` with the ETag of the "
                    + "schedule or the practitioner you read.")
    @APIResponse(responseCode = "200", description = "The new schedule; `ETag` is the practitioner's new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; `errors` names each offending interval "
            + "(`intervals[i]...`): end not after start, not on a whole minute, overlap.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "overlap", value = OVERLAP_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "The practitioner, or a location an interval names, is not one of "
            + "this clinic's (unknown or another clinic's, alike); `errors` names each such interval "
            + "(`intervals[i].locationId`).", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response replace(@PathParam("practitionerId") UUID practitionerId,
            @Parameter(description = "The ETag last read; a stale one is refused with 412.")
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid ScheduleRequest request) {
        return withETag(schedules.replace(practitionerId, ifMatch, request.items()));
    }

    private static Response withETag(Week week) {
        return Response.ok(ScheduleResponse.of(week)).tag(ETags.of(week.version())).build();
    }
}
