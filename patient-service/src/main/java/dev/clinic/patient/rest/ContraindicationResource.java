package dev.clinic.patient.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import dev.clinic.patient.domain.Clearance;
import dev.clinic.patient.domain.ContraindicationCode;
import dev.clinic.patient.service.ContraindicationService;
import dev.clinic.patient.service.ContraindicationService.ClearanceInput;
import dev.clinic.platform.idempotency.Idempotency;
import dev.clinic.platform.idempotency.Idempotency.Created;
import dev.clinic.platform.problem.Problem;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;

@Path("/api/v1/patients/{id}/contraindications")
@Tag(name = "Contraindications", description = "Contraindications derived from the screening and the birth date, "
        + "and clinicians' clearances of them. Clinical: practitioners and clinic admins clear, integrators read; "
        + "front desk and patients may not.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContraindicationResource {

    private final ContraindicationService contraindications;
    private final Idempotency idempotency;

    ContraindicationResource(ContraindicationService contraindications, Idempotency idempotency) {
        this.contraindications = contraindications;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.PRACTITIONER, Roles.INTEGRATOR })
    @Operation(summary = "List a patient's contraindications on a date",
            description = "Derived, never stored: AGE_UNDER_12 from the birth date on `date` (the 12th birthday "
                    + "itself no longer counts), the others from the current screening. Each clearable one says "
                    + "whether a clearance covers `date`.")
    @APIResponse(responseCode = "200", description = "The contraindications on the date.",
            content = @Content(schema = @Schema(implementation = ContraindicationsResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ContraindicationsResponse listContraindications(@Parameter(description = "The patient.")
            @PathParam("id") UUID id,
            @Parameter(description = "The treatment date (default: today in UTC).", example = "2026-03-04")
            @QueryParam("date") LocalDate date) {
        return ContraindicationsResponse.of(contraindications.contraindications(id, date));
    }

    @POST
    @Path("/{code}/clearance")
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.PRACTITIONER })
    @Operation(summary = "Clear a contraindication for dry needling",
            description = "Records a clinician's clearance of a code the patient's current screening raises. It "
                    + "counts from clearedOn to validUntil (both inclusive) and stands across re-screenings while "
                    + "the answer stays YES; a re-screening that raises the code anew ends it. AGE_UNDER_12 "
                    + "(absolute) and UNKNOWN_ANSWER (answer the question instead) cannot be cleared.")
    @APIResponse(responseCode = "201", description = "Cleared; `Location` names the code's clearance.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = ClearanceResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "No such patient in your clinic, or `code` is not a "
            + "contraindication code.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"), examples = {
                    @ExampleObject(name = "unknown-code", value = ClinicalProblemExamples.UNKNOWN_CODE),
                    @ExampleObject(name = "not-found", value = ClinicalProblemExamples.PATIENT_NOT_FOUND) }))
    @APIResponse(responseCode = "409", description = "The code cannot be cleared (absolute, or an unknown answer), "
            + "the patient does not have it now, or the patient is archived.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"), examples = {
                    @ExampleObject(name = "absolute-contraindication", value = ClinicalProblemExamples.ABSOLUTE),
                    @ExampleObject(name = "answer-required", value = ClinicalProblemExamples.ANSWER_REQUIRED),
                    @ExampleObject(name = "contraindication-not-present", value = ClinicalProblemExamples.NOT_PRESENT),
                    @ExampleObject(name = "patient-archived", value = ClinicalProblemExamples.PATIENT_ARCHIVED) }))
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response clearContraindication(@Parameter(description = "The patient.") @PathParam("id") UUID id,
            @Parameter(description = "The contraindication code.",
                    schema = @Schema(implementation = ContraindicationCode.class))
            @PathParam("code") String code,
            @Parameter(description = "Makes a retry safe: the same key and body return the first answer.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid ClearanceRequest request) {
        ClearedBy by = request.clearedBy();
        ClearanceInput input = new ClearanceInput(by == null ? null : by.name(), by == null ? null : by.role(),
                request.clearedOn(), request.validUntil(), request.note());
        return idempotency.create(idempotencyKey, request, () -> {
            Clearance clearance = contraindications.clear(id, code, input);
            return new Created(clearance.getId(),
                    URI.create("/api/v1/patients/" + id + "/contraindications/" + clearance.getCode() + "/clearance"),
                    ClearanceResponse.of(clearance));
        }, clearanceId -> ClearanceResponse.of(contraindications.clearance(id, clearanceId)));
    }

    @GET
    @Path("/{code}/clearance")
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.PRACTITIONER, Roles.INTEGRATOR })
    @Operation(summary = "Read the latest clearance of a contraindication",
            description = "The most recently recorded clearance of the code, standing or ended by a re-screening "
                    + "(then `invalidatedAt` is set).")
    @APIResponse(responseCode = "200", description = "The clearance; `ETag` is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClearanceResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "No such patient, no such code, or no clearance of it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"), examples = {
                    @ExampleObject(name = "no-clearance", value = ClinicalProblemExamples.NO_CLEARANCE),
                    @ExampleObject(name = "unknown-code", value = ClinicalProblemExamples.UNKNOWN_CODE) }))
    public Response getClearance(@Parameter(description = "The patient.") @PathParam("id") UUID id,
            @Parameter(description = "The contraindication code.",
                    schema = @Schema(implementation = ContraindicationCode.class))
            @PathParam("code") String code) {
        Clearance clearance = contraindications.latestClearance(id, code);
        return Response.ok(ClearanceResponse.of(clearance)).tag(ETags.of(clearance.getVersion())).build();
    }

}
