package dev.clinic.session.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.clinic.platform.idempotency.Idempotency;
import dev.clinic.platform.idempotency.Idempotency.Created;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.paging.PageResponses;
import dev.clinic.platform.problem.Problem;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;
import dev.clinic.session.domain.TreatmentPlanStatus;
import dev.clinic.session.service.TreatmentPlanService;
import dev.clinic.session.service.TreatmentPlanService.TrackedPlan;

/**
 * Treatment plans. Practitioners write them (any practitioner of the clinic may replace one);
 * practitioners, admins and integrators read them; a patient reads their own; front desk does
 * not see them (they hold diagnoses).
 */
@Path("/api/v1/treatment-plans")
@Tag(name = "Treatment plans", description = "A patient's course of treatment in one modality, with progress "
        + "derived from the signed sessions.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TreatmentPlanResource {

    static final String PLAN_CLOSED = "The plan is COMPLETED or DISCONTINUED (`treatment-plan-closed`): a closed plan "
            + "no longer changes, neither its content nor its status; start a new plan. Replacing it with exactly "
            + "what it holds answers 200, so a retry is safe.";
    static final String PLAN_CLOSED_EXAMPLE = """
            {"type": "https://clinic.dev/problems/treatment-plan-closed", "title": "Conflict", "status": 409,
             "detail": "Treatment plan 0e6b9a52-7c3d-4f1e-8a2b-5c4d3e2f1a0b is COMPLETED and can no longer change; start a new plan",
             "instance": "/api/v1/treatment-plans/0e6b9a52-7c3d-4f1e-8a2b-5c4d3e2f1a0b",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "planId": "0e6b9a52-7c3d-4f1e-8a2b-5c4d3e2f1a0b", "planStatus": "COMPLETED", "requestedStatus": "ACTIVE"}""";
    static final String INVALID_EXAMPLE = """
            {"type": "https://clinic.dev/problems/validation-failed", "title": "Invalid input", "status": 400,
             "detail": "2 fields are invalid", "instance": "/api/v1/treatment-plans",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "errors": [{"field": "diagnosisCodes[0]", "message": "must be an ICD-10-CM code such as G44.209 (upper case, with its dot)"},
                        {"field": "reviewDate", "message": "must not be before startDate"}]}""";

    private final TreatmentPlanService plans;
    private final Idempotency idempotency;

    TreatmentPlanResource(TreatmentPlanService plans, Idempotency idempotency) {
        this.plans = plans;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(operationId = "createTreatmentPlan", summary = "Start a treatment plan",
            description = "A new ACTIVE plan made by the calling practitioner. Left out, `plannedSessions` is 4, "
                    + "`sessionsPerWeek` 1 and `reviewDate` 4 weeks after `startDate` (the four-week starter "
                    + "roadmap); `status` is ignored. Roles: practitioner.")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new plan.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = TreatmentPlanResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing, out of range or not an ICD-10-CM code, "
            + "or `reviewDate` is before `startDate`; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "validation-failed", value = INVALID_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "The clinic has no such patient (patient-service; unknown or "
            + "another clinic's, alike); `errors` names `patientId`.", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The caller's login has no practitioner record in the clinic.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "practitioner-record-missing",
                            value = TreatmentSessionResource.NO_PRACTITIONER_EXAMPLE)))
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response create(
            @Parameter(description = "Makes a retry safe: the same key and body return the first answer.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid TreatmentPlanRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            TrackedPlan plan = plans.create(request.content());
            return new Created(plan.plan().getId(), location(plan.plan().getId()), TreatmentPlanResponse.of(plan));
        }, id -> TreatmentPlanResponse.of(plans.get(id)));
    }

    @GET
    @RolesAllowed({ Roles.PRACTITIONER, Roles.CLINIC_ADMIN, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "listTreatmentPlans", summary = "List treatment plans",
            description = "Keyset-paged, in creation order; with `updatedSince` every plan changed since then, in "
                    + "order of change, closed ones included. The filters combine and the `Link: rel=\"next\"` "
                    + "keeps them. A patient lists only their own plans (another `patientId` is 404). "
                    + "Roles: practitioner, clinic-admin, integrator, patient (own plans).")
    @APIResponse(responseCode = "200", description = "One page of plans; `Link: rel=\"next\"` when more follow.",
            headers = @Header(name = "Link", description = "`</api/v1/treatment-plans?...&cursor=...>; rel=\"next\"`",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TreatmentPlanPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "A patient caller named another patient in `patientId`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response list(@BeanParam @Valid PageParams page,
            @Parameter(description = "Only this patient's plans.", example = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11")
            @QueryParam("patientId") UUID patientId,
            @Parameter(description = "Only plans with this status.", example = "ACTIVE")
            @QueryParam("status") TreatmentPlanStatus status,
            @Context UriInfo uriInfo) {
        return PageResponses.ok(plans.list(patientId, status, page).map(TreatmentPlanResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.CLINIC_ADMIN, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "getTreatmentPlan", summary = "Read a treatment plan",
            description = "With its progress as of now. A patient reaches only their own plans. "
                    + "Roles: practitioner, clinic-admin, integrator, patient (own plans).")
    @APIResponse(responseCode = "200", description = "The plan; `ETag` is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TreatmentPlanResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        return withETag(plans.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(operationId = "replaceTreatmentPlan", summary = "Replace a treatment plan",
            description = "The whole plan: values left out take their defaults again, `status` left out stays. "
                    + "`patientId` and `modality` cannot change (400). Any practitioner of the clinic may replace "
                    + "a plan; `practitionerId` stays the one who made it. ACTIVE may become COMPLETED or "
                    + "DISCONTINUED; a closed plan never changes again (409). Send `If-Match` with the ETag you "
                    + "read to be sure no one changed the plan meanwhile. Roles: practitioner.")
    @APIResponse(responseCode = "200", description = "The plan as stored now; `ETag` is its new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TreatmentPlanResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing, out of range or not an ICD-10-CM code, "
            + "`reviewDate` is before `startDate`, or `patientId`/`modality` differ from the plan's; `errors` "
            + "names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "validation-failed", value = INVALID_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "The plan, or a `patientId` the body names, is not one of this "
            + "clinic's (unknown or another clinic's, alike); for the body field `errors` names it.", ref = "NotFound")
    @APIResponse(responseCode = "409", description = PLAN_CLOSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "treatment-plan-closed", value = PLAN_CLOSED_EXAMPLE)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response replace(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read; a stale one is refused with 412.")
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid TreatmentPlanRequest request) {
        return withETag(plans.replace(id, ifMatch, request.content(), request.status()));
    }

    private static URI location(UUID id) {
        return URI.create("/api/v1/treatment-plans/" + id);
    }

    private static Response withETag(TrackedPlan plan) {
        return Response.ok(TreatmentPlanResponse.of(plan)).tag(ETags.of(plan.plan().getVersion())).build();
    }

    /** The list body, named for the OpenAPI document. */
    @Schema(name = "TreatmentPlanPage")
    public record TreatmentPlanPage(
            @Schema(description = "The plans of this page, in list order.") List<TreatmentPlanResponse> items,
            @Schema(description = "Opaque cursor of the next page; pass it as `cursor`. Null on the last page.",
                    nullable = true) String nextCursor) {
    }
}
