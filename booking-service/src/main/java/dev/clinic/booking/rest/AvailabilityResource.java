package dev.clinic.booking.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.clinic.booking.service.AvailabilityService;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.security.Roles;

@Path("/api/v1/availability")
@Tag(name = "Availability", description = "Free slots of all qualified practitioners in one call.")
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

    private final AvailabilityService availability;

    AvailabilityResource(AvailabilityService availability) {
        this.availability = availability;
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "getAvailability", summary = "Find free slots",
            description = "Every slot starting in [from, to) on the clinic's slot step (counted from local midnight at "
                    + "the location, so slots read 09:00, 09:15, … on daylight-saving days too) where an active "
                    + "practitioner offering the type's modality, with credentials valid that day, works at the "
                    + "location, is not on time off, and is free for the duration plus the type's buffer. At most 31 "
                    + "days per call; slots in the past are not offered.")
    @APIResponse(responseCode = "200", description = "The slots, sorted by start.",
            content = @Content(schema = @Schema(implementation = AvailabilityResponse.class)))
    @APIResponse(responseCode = "400", description = "A missing or invalid parameter, `to` not after `from`, a range "
            + "over 31 days (naming `to`), or an inactive appointment type.", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "The appointment type or location is not one of this clinic's "
            + "(unknown or another clinic's, alike); `errors` names the parameter.", ref = "NotFound")
    public AvailabilityResponse find(
            @Parameter(description = "The appointment type (its duration, buffer and modality).", required = true)
            @QueryParam("appointmentTypeId") UUID appointmentTypeId,
            @Parameter(description = "First instant a slot may start.", required = true, example = "2026-03-02T00:00:00Z")
            @QueryParam("from") Instant from,
            @Parameter(description = "Slots start before this instant; at most 31 days after `from`.", required = true,
                    example = "2026-03-09T00:00:00Z")
            @QueryParam("to") Instant to,
            @Parameter(description = "Only these practitioners (repeat the parameter); all when absent.")
            @QueryParam("practitionerId") List<UUID> practitionerIds,
            @Parameter(description = "Only slots at this location.") @QueryParam("locationId") UUID locationId) {
        if (appointmentTypeId == null) {
            throw ProblemException.invalid("appointmentTypeId", "is required");
        }
        return AvailabilityResponse.of(appointmentTypeId, from, to,
                availability.find(appointmentTypeId, from, to, practitionerIds == null ? List.of() : practitionerIds,
                        locationId));
    }
}
