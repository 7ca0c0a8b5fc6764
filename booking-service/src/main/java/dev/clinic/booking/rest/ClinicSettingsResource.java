package dev.clinic.booking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.clinic.booking.domain.ClinicSettings;
import dev.clinic.booking.service.ClinicSettingsService;
import dev.clinic.booking.service.ClinicSettingsService.Details;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;

@Path("/api/v1/clinic")
@Tag(name = "Clinic settings", description = "The caller's clinic: name, time zone, jurisdiction, cancellation "
        + "window, slot step and currency.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClinicSettingsResource {

    private final ClinicSettingsService settings;

    ClinicSettingsResource(ClinicSettingsService settings) {
        this.settings = settings;
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "getClinicSettings", summary = "Read the clinic's settings",
            description = "Every role of the clinic may read them (patients need the time zone to book online). "
                    + "A clinic that never saved settings reads the defaults at version 0: name = the clinic's id, "
                    + "UTC, no jurisdiction, 24 h cancellation window, 15-minute slots, USD.")
    @APIResponse(responseCode = "200", description = "The settings; `ETag` is their version (\"0\" for the defaults).",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClinicSettingsResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response getClinicSettings() {
        return ok(settings.get());
    }

    @PUT
    @RolesAllowed(Roles.CLINIC_ADMIN)
    @Operation(operationId = "replaceClinicSettings", summary = "Replace the clinic's settings",
            description = "The whole resource: omitted optional fields take their defaults. Send `If-Match` with "
                    + "the ETag you read (\"0\" while the clinic runs on the defaults) to be sure no one else "
                    + "changed them meanwhile. Changes apply to what is computed from now on (availability, late "
                    + "cancellations); existing appointments keep their times.")
    @APIResponse(responseCode = "200", description = "The stored settings; `ETag` is their new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClinicSettingsResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response replaceClinicSettings(
            @Parameter(description = "The ETag last read; a stale one is refused with 412.")
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid ClinicSettingsRequest request) {
        return ok(settings.replace(ifMatch, new Details(request.name(), request.timeZone(), request.jurisdiction(),
                request.cancellationWindowHours(), request.slotStepMinutes(), request.currency())));
    }

    private static Response ok(ClinicSettings current) {
        return Response.ok(ClinicSettingsResponse.of(current)).tag(ETags.of(current.getVersion())).build();
    }
}
