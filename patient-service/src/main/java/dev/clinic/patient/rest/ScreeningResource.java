package dev.clinic.patient.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
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

import dev.clinic.patient.service.ScreeningService;
import dev.clinic.patient.service.ScreeningService.Replaced;
import dev.clinic.patient.service.ScreeningService.ScreeningInput;
import dev.clinic.patient.service.ScreeningService.ScreeningView;
import dev.clinic.platform.problem.Problem;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;

@Path("/api/v1/patients/{id}/screening")
@Tag(name = "Screening", description = "A patient's health screening and the contraindications derived from it. "
        + "Clinical: practitioners and clinic admins record it, integrators read it; front desk and patients may not.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScreeningResource {

    private final ScreeningService screenings;

    ScreeningResource(ScreeningService screenings) {
        this.screenings = screenings;
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.PRACTITIONER, Roles.INTEGRATOR })
    @Operation(summary = "Read a patient's screening",
            description = "The current answers and the contraindications they raise today (UTC).")
    @APIResponse(responseCode = "200", description = "The screening; `ETag` is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ScreeningResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "No such patient in your clinic, or the patient has not been "
            + "screened yet (type `not-screened`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"), examples = {
                    @ExampleObject(name = "not-screened", value = ClinicalProblemExamples.NOT_SCREENED),
                    @ExampleObject(name = "not-found", value = ClinicalProblemExamples.PATIENT_NOT_FOUND) }))
    public Response getScreening(@Parameter(description = "The patient.") @PathParam("id") UUID id) {
        ScreeningView view = screenings.get(id);
        return Response.ok(ScreeningResponse.of(view)).tag(ETags.of(view.screening().getVersion())).build();
    }

    @PUT
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.PRACTITIONER })
    @Operation(summary = "Record a patient's screening (whole replace)",
            description = "The first PUT creates the screening (201), later ones replace every answer (200). "
                    + "screenedAt and screenedBy are set by the server. A code the new answers raise that the "
                    + "previous ones did not (e.g. anticoagulants NO or UNKNOWN -> YES) ends that code's "
                    + "clearances; a code raised again (the answer stayed YES) keeps them.")
    @APIResponse(responseCode = "200", description = "Replaced; `ETag` is the new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ScreeningResponse.class)))
    @APIResponse(responseCode = "201", description = "The patient's first screening; `Location` names it.",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(schema = @Schema(implementation = ScreeningResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The patient is archived (unarchive first); or another "
            + "first screening of the same patient was stored at the same moment (read it and retry with its ETag).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "patient-archived",
                            value = ClinicalProblemExamples.PATIENT_ARCHIVED)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response replaceScreening(@Parameter(description = "The patient.") @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read; a stale one is refused with 412 (as is any If-Match "
                    + "before the first screening).") @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid ScreeningRequest request) {
        ScreeningInput input = new ScreeningInput(request.answers(), request.recentSurgeryDate(),
                request.activeSkinInfectionSite(), request.medications(), request.notes());
        Replaced result = screenings.replace(id, ifMatch, input);
        ScreeningView view = result.view();
        // Location stays path-absolute (Response.created would resolve it against this service's own host).
        Response.ResponseBuilder answer = result.created()
                ? Response.status(Response.Status.CREATED)
                        .header(HttpHeaders.LOCATION, "/api/v1/patients/" + id + "/screening")
                : Response.ok();
        return answer.entity(ScreeningResponse.of(view)).tag(ETags.of(view.screening().getVersion())).build();
    }
}
