package dev.clinic.patient.rest;

import java.time.LocalDate;
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
import jakarta.ws.rs.core.HttpHeaders;
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

import dev.clinic.patient.domain.DiaryEntry;
import dev.clinic.patient.service.DiaryService;
import dev.clinic.platform.idempotency.Idempotency;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.paging.PageResponses;
import dev.clinic.platform.problem.Problem;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;

@Path("/api/v1/patients/{id}/diary")
@Tag(name = "Headache diary", description = "One entry per patient and day, and its monthly summary. Patients keep "
        + "their own diary; practitioners and clinic admins read and write it; integrators read it; front desk has "
        + "no access.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DiaryResource {

    private static final String ARCHIVED_EXAMPLE = """
            {"type": "https://clinic.dev/problems/patient-archived", "title": "Conflict", "status": 409,
             "detail": "Patient 5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11 is archived; unarchive the patient before changing their record",
             "instance": "/api/v1/patients/5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11/diary",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "patientId": "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11", "archivedAt": "2026-02-01T10:00:00Z"}""";

    private static final String NO_ENTRY_EXAMPLE = """
            {"type": "https://clinic.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Diary entry for 2026-03-04 was not found",
             "instance": "/api/v1/patients/5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11/diary/2026-03-04",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c"}""";

    private final DiaryService diary;

    DiaryResource(DiaryService diary) {
        this.diary = diary;
    }

    @POST
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.PRACTITIONER, Roles.PATIENT })
    @Operation(operationId = "recordDiaryEntry", summary = "Record a diary day",
            description = "Creates the entry of `date`, or replaces the one already recorded for that date (one entry "
                    + "per patient and day). Concurrent recordings of one day are serialised: the last one wins, "
                    + "unless it sends `If-Match`. With `Idempotency-Key`, a repeat of the same request changes "
                    + "nothing and gets the first answer again (201 or 200, as it was). "
                    + "Roles: clinic-admin, practitioner, patient (own diary only).")
    @APIResponse(responseCode = "201", description = "The day had no entry: created. `Location` names it, `ETag` is "
            + "its version.",
            headers = {
                    @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(schema = @Schema(implementation = DiaryEntryResponse.class)))
    @APIResponse(responseCode = "200", description = "The day's entry was replaced; `ETag` is its new version. An "
            + "identical replacement changes nothing (same version).",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DiaryEntryResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The patient is archived; their diary is read-only.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "patient-archived", value = ARCHIVED_EXAMPLE)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response record(@Parameter(description = "The patient.") @PathParam("id") UUID patientId,
            @Parameter(description = "Makes a retry safe: the same key and body return the first answer.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Parameter(description = "The ETag (version) of the day's entry last read; when the entry changed since, "
                    + "or the day has no entry yet, the request is refused with 412.")
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid DiaryEntryRequest request) {
        DiaryService.Recorded recorded = diary.record(patientId, idempotencyKey, ifMatch, request.content());
        DiaryEntry entry = recorded.entry();
        Response.ResponseBuilder answer = recorded.created()
                ? Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, DiaryService.location(entry))
                : Response.ok();
        if (recorded.replayed()) {
            answer.header(Idempotency.REPLAYED_HEADER, "true");
        }
        return answer.entity(DiaryEntryResponse.of(entry)).tag(ETags.of(entry.getVersion())).build();
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.PRACTITIONER, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "listDiaryEntries", summary = "List diary entries",
            description = "The patient's entries from `from` to `to` (both inclusive, both optional), oldest date "
                    + "first, keyset-paged by date. With `updatedSince`, every entry changed at or after that instant "
                    + "within the dates, ordered by (updatedAt, id). "
                    + "Roles: clinic-admin, practitioner, integrator, patient (own diary only).")
    @APIResponse(responseCode = "200", description = "One page of entries; `Link: rel=\"next\"` when more follow.",
            content = @Content(schema = @Schema(implementation = DiaryEntryPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response list(@Parameter(description = "The patient.") @PathParam("id") UUID patientId,
            @Parameter(description = "First date, inclusive.", example = "2026-03-01")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Last date, inclusive; not before `from`.", example = "2026-03-31")
            @QueryParam("to") LocalDate to,
            @BeanParam @Valid PageParams page,
            @Context UriInfo uriInfo) {
        return PageResponses.ok(diary.list(patientId, from, to, page).map(DiaryEntryResponse::of), uriInfo);
    }

    @GET
    @Path("/summary")
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.PRACTITIONER, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "summariseDiary", summary = "Summarise the diary per month",
            description = "Per calendar month from `from` to `to` (both inclusive, at most 24 calendar months): "
                    + "headache and migraine days, mean and highest intensity, acute-medication days, the chronic "
                    + "pattern (headache on 15 or more days), medication-overuse risk (acute medication on more than "
                    + "10 days) and the change in migraine days against the first month of the range. Start the range "
                    + "on the first of a month for a full baseline month. "
                    + "Roles: clinic-admin, practitioner, integrator, patient (own diary only).")
    @APIResponse(responseCode = "200", description = "The summary, one item per calendar month.",
            content = @Content(schema = @Schema(implementation = DiarySummaryResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DiarySummaryResponse summary(@Parameter(description = "The patient.") @PathParam("id") UUID patientId,
            @Parameter(description = "First day, inclusive.", required = true, example = "2026-01-01")
            @NotNull @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day, inclusive; not before `from`, at most 24 calendar months on.",
                    required = true, example = "2026-03-31")
            @NotNull @QueryParam("to") LocalDate to) {
        return DiarySummaryResponse.of(diary.summary(patientId, from, to));
    }

    @GET
    @Path("/{date}")
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.PRACTITIONER, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "getDiaryEntry", summary = "Read one diary day",
            description = "The entry recorded for `date`; this is where the `Location` of a recorded day points. "
                    + "Roles: clinic-admin, practitioner, integrator, patient (own diary only).")
    @APIResponse(responseCode = "200", description = "The entry; `ETag` is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DiaryEntryResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "No such patient, or no entry for that date.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "no-entry", value = NO_ENTRY_EXAMPLE)))
    public Response get(@Parameter(description = "The patient.") @PathParam("id") UUID patientId,
            @Parameter(description = "The day, YYYY-MM-DD.", example = "2026-03-04")
            @PathParam("date") LocalDate date) {
        DiaryEntry entry = diary.get(patientId, date);
        return Response.ok(DiaryEntryResponse.of(entry)).tag(ETags.of(entry.getVersion())).build();
    }

    /** The list body, named for the OpenAPI document. */
    @Schema(name = "DiaryEntryPage")
    public record DiaryEntryPage(List<DiaryEntryResponse> items,
            @Schema(nullable = true, description = "Opaque cursor of the next page; null on the last page.")
            String nextCursor) {
    }
}
