package dev.clinic.patient.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.clinic.patient.domain.Questionnaire;
import dev.clinic.patient.domain.QuestionnaireType;
import dev.clinic.patient.service.QuestionnaireService;
import dev.clinic.platform.idempotency.Idempotency;
import dev.clinic.platform.idempotency.Idempotency.Created;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.paging.PageResponses;
import dev.clinic.platform.problem.Problem;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;

@Path("/api/v1/patients/{id}/questionnaires")
@Tag(name = "Questionnaires", description = "HIT-6 and MIDAS headache questionnaires, scored and interpreted by the "
        + "server. Patients complete their own; practitioners and clinic admins record and read them; integrators read "
        + "them; front desk has no access.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionnaireResource {

    private static final String HIT6_EXAMPLE = """
            {"type": "HIT6", "answers": ["SOMETIMES", "VERY_OFTEN", "ALWAYS", "SOMETIMES", "RARELY", "VERY_OFTEN"],
             "completedAt": "2026-03-04T09:30:00Z"}""";
    private static final String MIDAS_EXAMPLE = """
            {"type": "MIDAS", "answers": [2, 5, 3, 4, 1], "completedAt": "2026-03-04T09:30:00Z"}""";
    private static final String ANSWER_INVALID_EXAMPLE = """
            {"type": "https://clinic.dev/problems/validation-failed", "title": "Invalid input", "status": 400,
             "detail": "2 fields are invalid",
             "instance": "/api/v1/patients/5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11/questionnaires",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "errors": [{"field": "answers[2]", "message": "must be one of: NEVER, RARELY, SOMETIMES, VERY_OFTEN, ALWAYS"},
                        {"field": "answers[6]", "message": "is one too many: HIT-6 has exactly 6 answers"}]}""";
    private static final String ARCHIVED_EXAMPLE = """
            {"type": "https://clinic.dev/problems/patient-archived", "title": "Conflict", "status": 409,
             "detail": "Patient 5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11 is archived; unarchive the patient before changing their record",
             "instance": "/api/v1/patients/5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11/questionnaires",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "patientId": "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11", "archivedAt": "2026-02-01T10:00:00Z"}""";

    private static final String NOT_FOUND_EXAMPLE = """
            {"type": "https://clinic.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Questionnaire 8a6c1d2e-3f4b-4c5d-9e6f-7a8b9c0d1e2f was not found",
             "instance": "/api/v1/patients/5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11/questionnaires/8a6c1d2e-3f4b-4c5d-9e6f-7a8b9c0d1e2f",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c"}""";

    private final QuestionnaireService questionnaires;
    private final Idempotency idempotency;

    QuestionnaireResource(QuestionnaireService questionnaires, Idempotency idempotency) {
        this.questionnaires = questionnaires;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.PRACTITIONER, Roles.PATIENT })
    @Operation(operationId = "recordQuestionnaire", summary = "Record a completed questionnaire",
            description = "Scores the answers (HIT-6: 6/8/10/11/13 points per answer, total 36–78 and its impact; "
                    + "MIDAS: the sum of the day counts and its grade) and records them. "
                    + "Roles: clinic-admin, practitioner, patient (own record only).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = QuestionnaireRequest.class),
            examples = {
                    @ExampleObject(name = "HIT6", summary = "HIT-6, scored 63: SEVERE_IMPACT", value = HIT6_EXAMPLE),
                    @ExampleObject(name = "MIDAS", summary = "MIDAS, scored 15: grade III", value = MIDAS_EXAMPLE) }))
    @APIResponse(responseCode = "201", description = "Recorded and scored; `Location` names it.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = QuestionnaireResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: a missing, extra or invalid answer (named by "
            + "position), an unknown type, a completedAt in the future, or a score sent by the client.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "invalid-answers", value = ANSWER_INVALID_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The patient is archived; their record is read-only.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "patient-archived", value = ARCHIVED_EXAMPLE)))
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response record(@Parameter(description = "The patient.") @PathParam("id") UUID patientId,
            @Parameter(description = "Makes a retry safe: the same key and body return the first answer.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid QuestionnaireRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            Questionnaire recorded = questionnaires.record(patientId, request.type(), request.answers(),
                    request.completedAt());
            return new Created(recorded.getId(), location(recorded), QuestionnaireResponse.of(recorded));
        }, id -> QuestionnaireResponse.of(questionnaires.get(patientId, id)));
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.PRACTITIONER, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "listQuestionnaires", summary = "List questionnaires",
            description = "The patient's questionnaires, of one `type` when given, keyset-paged in the order they were "
                    + "recorded; with `updatedSince`, ordered by (updatedAt, id). "
                    + "Roles: clinic-admin, practitioner, integrator, patient (own record only).")
    @APIResponse(responseCode = "200", description = "One page of questionnaires; `Link: rel=\"next\"` when more "
            + "follow.", content = @Content(schema = @Schema(implementation = QuestionnairePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response list(@Parameter(description = "The patient.") @PathParam("id") UUID patientId,
            @Parameter(description = "Only questionnaires of this type.", example = "HIT6")
            @QueryParam("type") QuestionnaireType type,
            @BeanParam @Valid PageParams page,
            @Context UriInfo uriInfo) {
        return PageResponses.ok(questionnaires.list(patientId, type, page).map(QuestionnaireResponse::of), uriInfo);
    }

    @GET
    @Path("/{questionnaireId}")
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.PRACTITIONER, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "getQuestionnaire", summary = "Read one questionnaire",
            description = "Roles: clinic-admin, practitioner, integrator, patient (own record only).")
    @APIResponse(responseCode = "200", description = "The questionnaire; `ETag` is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = QuestionnaireResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "No such patient, or no such questionnaire of this patient.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "no-questionnaire", value = NOT_FOUND_EXAMPLE)))
    public Response get(@Parameter(description = "The patient.") @PathParam("id") UUID patientId,
            @PathParam("questionnaireId") UUID questionnaireId) {
        Questionnaire questionnaire = questionnaires.get(patientId, questionnaireId);
        return Response.ok(QuestionnaireResponse.of(questionnaire)).tag(ETags.of(questionnaire.getVersion())).build();
    }

    private static URI location(Questionnaire q) {
        return URI.create("/api/v1/patients/" + q.getPatientId() + "/questionnaires/" + q.getId());
    }

    /** The list body, named for the OpenAPI document. */
    @Schema(name = "QuestionnairePage")
    public record QuestionnairePage(List<QuestionnaireResponse> items,
            @Schema(nullable = true, description = "Opaque cursor of the next page; null on the last page.")
            String nextCursor) {
    }
}
