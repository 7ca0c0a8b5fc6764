package dev.clinic.session.rest;

import java.net.URI;
import java.time.Instant;
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
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;
import dev.clinic.session.domain.SessionStatus;
import dev.clinic.session.domain.TreatmentSession;
import dev.clinic.session.repository.TreatmentSessionRepository.Filter;
import dev.clinic.session.service.TreatmentSessionService;

/**
 * Treatment sessions are clinical notes: front desk never reads them; a patient reads only their
 * own signed sessions.
 */
@Path("/api/v1/sessions")
@Tag(name = "Treatment sessions", description = "Dry-needling and massage sessions: SOAP notes, needling sites, "
        + "signing, billing lines.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TreatmentSessionResource {

    static final String READERS = "Roles: practitioner, clinic-admin, integrator; patient (own signed sessions only, "
            + "anything else 404). Front desk: 403.";
    static final String INVALID_EXAMPLE = """
            {"type": "https://clinic.dev/problems/validation-failed", "title": "Invalid input", "status": 400,
             "detail": "2 fields are invalid", "instance": "/api/v1/sessions",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "errors": [{"field": "needlingSites[0].needleCount", "message": "must be between 1 and 20"},
                        {"field": "diagnosisCodes[0]", "message": "must be an ICD-10-CM code such as G43.009 (upper case, a dot after the third character)"}]}""";
    static final String SIGNED_EXAMPLE = """
            {"type": "https://clinic.dev/problems/session-signed", "title": "Conflict", "status": 409,
             "detail": "Session 8d7c1f0e-2a4b-4c6d-8e9f-0a1b2c3d4e5f was signed at 2026-03-04T14:45:00Z and cannot change; add an amendment (POST /api/v1/sessions/8d7c1f0e-2a4b-4c6d-8e9f-0a1b2c3d4e5f/amendments)",
             "instance": "/api/v1/sessions/8d7c1f0e-2a4b-4c6d-8e9f-0a1b2c3d4e5f",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c", "signedAt": "2026-03-04T14:45:00Z"}""";
    static final String SIGNING_FAILED_EXAMPLE = """
            {"type": "https://clinic.dev/problems/signing-rules-failed", "title": "Conflict", "status": 409,
             "detail": "The session cannot be signed: PNEUMOTHORAX_ADVICE_REQUIRED",
             "instance": "/api/v1/sessions/8d7c1f0e-2a4b-4c6d-8e9f-0a1b2c3d4e5f/sign",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "violations": [{"rule": "PNEUMOTHORAX_ADVICE_REQUIRED", "field": "aftercare.pneumothoraxAdviceGiven",
                             "message": "must be true: muscles over the thorax were needled (Upper trapezius), so the patient needs the pneumothorax warning signs and what to do"}],
             "warnings": []}""";
    static final String NOT_CHECKED_IN_EXAMPLE = """
            {"type": "https://clinic.dev/problems/appointment-not-checked-in", "title": "Conflict", "status": 409,
             "detail": "Appointment 3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b is BOOKED; a session documents an appointment that is CHECKED_IN or COMPLETED",
             "instance": "/api/v1/sessions", "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "appointmentStatus": "BOOKED"}""";
    static final String SESSION_EXISTS_EXAMPLE = """
            {"type": "https://clinic.dev/problems/session-exists", "title": "Conflict", "status": 409,
             "detail": "Appointment 3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b is already documented by session 8d7c1f0e-2a4b-4c6d-8e9f-0a1b2c3d4e5f",
             "instance": "/api/v1/sessions", "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "existingSessionId": "8d7c1f0e-2a4b-4c6d-8e9f-0a1b2c3d4e5f"}""";
    static final String NO_PRACTITIONER_EXAMPLE = """
            {"type": "https://clinic.dev/problems/practitioner-record-missing", "title": "Conflict", "status": 409,
             "detail": "Your login is not linked to a practitioner record of this clinic, and sessions are recorded by practitioners; a clinic admin links it (POST /api/v1/practitioners with existingLoginUsername)",
             "instance": "/api/v1/sessions", "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c"}""";
    static final String OWNER_ONLY = "The role may not, or the caller is not the session's practitioner.";

    private final TreatmentSessionService sessions;
    private final Idempotency idempotency;

    TreatmentSessionResource(TreatmentSessionService sessions, Idempotency idempotency) {
        this.sessions = sessions;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(operationId = "createSession", summary = "Start a treatment session (a DRAFT)",
            description = "A DRAFT written by the calling practitioner (whose login must be linked to a practitioner "
                    + "record in booking-service). From an appointment (`appointmentId`): the appointment must be the "
                    + "caller's, CHECKED_IN or COMPLETED and not documented yet; the patient, modality and massage "
                    + "technique come from it. Without one: `patientId` (a patient of the clinic), `modality` and "
                    + "`startedAt` are required. Roles: practitioner.")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new session.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = TreatmentSessionResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing, malformed or out of range, or disagrees with "
            + "the appointment; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "validation-failed", value = INVALID_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", description = "The role may not, or the appointment is another practitioner's.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "The clinic has no such appointment or patient (unknown or "
            + "another clinic's, alike); `errors` names the field (`appointmentId`, `patientId`).", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The appointment is not checked in or completed, is already "
            + "documented (`existingSessionId`), or the caller's login has no practitioner record.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"), examples = {
                    @ExampleObject(name = "appointment-not-checked-in", value = NOT_CHECKED_IN_EXAMPLE),
                    @ExampleObject(name = "session-exists", value = SESSION_EXISTS_EXAMPLE),
                    @ExampleObject(name = "practitioner-record-missing", value = NO_PRACTITIONER_EXAMPLE) }))
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response create(
            @Parameter(description = "Makes a retry safe: the same key and body return the first answer.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid TreatmentSessionRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            TreatmentSession session = sessions.create(request.draft());
            return new Created(session.getId(), location(session.getId()), TreatmentSessionResponse.of(session));
        }, id -> TreatmentSessionResponse.of(sessions.get(id)));
    }

    @GET
    @RolesAllowed({ Roles.PRACTITIONER, Roles.CLINIC_ADMIN, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "listSessions", summary = "List treatment sessions",
            description = "Keyset-paged, in creation order; with `updatedSince` every session changed since then (an "
                    + "amendment or adverse event added counts), in order of change. The filters combine and the "
                    + "`Link: rel=\"next\"` keeps them. A patient lists only their own signed sessions (another "
                    + "`patientId` is 404). " + READERS)
    @APIResponse(responseCode = "200", description = "One page of sessions; `Link: rel=\"next\"` when more follow.",
            headers = @Header(name = "Link", description = "`</api/v1/sessions?...&cursor=...>; rel=\"next\"`",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TreatmentSessionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "A patient caller named another patient in `patientId`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response list(@BeanParam @Valid PageParams page,
            @Parameter(description = "Only this patient's sessions.", example = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11")
            @QueryParam("patientId") UUID patientId,
            @Parameter(description = "Only this practitioner's sessions (booking-service's id).",
                    example = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f") @QueryParam("practitionerId") UUID practitionerId,
            @Parameter(description = "Only sessions started at or after this instant.", example = "2026-03-01T00:00:00Z")
            @QueryParam("from") Instant from,
            @Parameter(description = "Only sessions started before this instant.", example = "2026-04-01T00:00:00Z")
            @QueryParam("to") Instant to,
            @Parameter(description = "Only sessions with this status.", example = "SIGNED")
            @QueryParam("status") SessionStatus status,
            @Context UriInfo uriInfo) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        return PageResponses.ok(sessions.list(new Filter(patientId, practitionerId, from, to, status), page)
                .map(TreatmentSessionResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.CLINIC_ADMIN, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "getSession", summary = "Read a treatment session", description = READERS)
    @APIResponse(responseCode = "200", description = "The session; `ETag` is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TreatmentSessionResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        return withETag(sessions.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(operationId = "replaceSession", summary = "Replace a draft",
            description = "The whole content, as for creating; `appointmentId` and `patientId` cannot change, and a "
                    + "session from an appointment keeps its modality. Only the session's practitioner, only while it "
                    + "is a DRAFT: a signed session changes only by amendments. Send `If-Match` with the ETag you "
                    + "read. Roles: practitioner (the session's own).")
    @APIResponse(responseCode = "200", description = "The replaced draft; `ETag` is its new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TreatmentSessionResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing, malformed or out of range, or tries to "
            + "change the appointment, the patient or the appointment's modality.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "validation-failed", value = INVALID_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", description = OWNER_ONLY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "The session, or an `appointmentId`/`patientId` the body names, "
            + "is not one of this clinic's (unknown or another clinic's, alike); for a body field `errors` names it.",
            ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The session is signed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "session-signed", value = SIGNED_EXAMPLE)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid TreatmentSessionRequest request) {
        return withETag(sessions.replace(id, ifMatch, request.draft()));
    }

    @POST
    @Path("/{id}/sign")
    @RolesAllowed(Roles.PRACTITIONER)
    @Consumes(MediaType.WILDCARD) // no body: a client need not name a content type
    @Operation(operationId = "signSession", summary = "Sign a draft",
            description = "Checks every signing rule and names each one that fails: a dry-needling session needs a "
                    + "needling site and `aftercare.skinChecked`, `aftercare.pneumothoraxAdviceGiven` when a muscle "
                    + "over the thorax was needled (trapezius, upper trapezius, levator scapulae, rhomboids, cervical "
                    + "paraspinals, scalenes), and the patient eligible for dry needling on the session date "
                    + "(patient-service); a massage session has no needling sites. A patient's first dry-needling "
                    + "session with more than two needles signs with a warning. No body. Roles: practitioner (the "
                    + "session's own).")
    @APIResponse(responseCode = "200", description = "Signed; the session and any warnings. `ETag` is its new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SigningResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", description = OWNER_ONLY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "A signing rule failed (`violations` names each, with the "
            + "`warnings`), or the session is already signed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"), examples = {
                    @ExampleObject(name = "signing-rules-failed", value = SIGNING_FAILED_EXAMPLE),
                    @ExampleObject(name = "session-signed", value = SIGNED_EXAMPLE) }))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response sign(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        TreatmentSessionService.Signed signed = sessions.sign(id, ifMatch);
        return Response.ok(SigningResponse.of(signed)).tag(ETags.of(signed.session().getVersion())).build();
    }

    @GET
    @Path("/{id}/billing")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.CLINIC_ADMIN, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "getSessionBilling", summary = "The CPT lines a session bills",
            description = "Derived from the session as it stands; final (`billable`) once it is signed. " + READERS)
    @APIResponse(responseCode = "200", description = "The billing lines.",
            content = @Content(schema = @Schema(implementation = BillingResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public BillingResponse billing(@PathParam("id") UUID id) {
        return BillingResponse.of(sessions.billing(id));
    }

    static URI location(UUID id) {
        return URI.create("/api/v1/sessions/" + id);
    }

    private static Response withETag(TreatmentSession session) {
        return Response.ok(TreatmentSessionResponse.of(session)).tag(ETags.of(session.getVersion())).build();
    }

    /** The list body, named for the OpenAPI document. */
    @Schema(name = "TreatmentSessionPage")
    public record TreatmentSessionPage(List<TreatmentSessionResponse> items, @Schema(nullable = true) String nextCursor) {
    }
}
