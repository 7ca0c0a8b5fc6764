package dev.clinic.booking.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

import dev.clinic.booking.domain.Practitioner;
import dev.clinic.booking.service.PractitionerService;
import dev.clinic.booking.service.PractitionerService.Login;
import dev.clinic.platform.idempotency.Idempotency;
import dev.clinic.platform.idempotency.Idempotency.Created;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.paging.PageResponses;
import dev.clinic.platform.problem.Problem;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.security.CurrentUser;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;

@Path("/api/v1/practitioners")
@Tag(name = "Practitioners", description = "The people patients are booked with, their profiles and their logins.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PractitionerResource {

    static final String EMAIL_TAKEN_EXAMPLE = """
            {"type": "https://clinic.dev/problems/practitioner-email-taken", "title": "Conflict", "status": 409,
             "detail": "Another practitioner of this clinic already has the email dana.whitfield@northside.example",
             "instance": "/api/v1/practitioners", "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "existingPractitionerId": "3f2a7c1e-9b4d-4e8a-8c6f-1d2e3f4a5b6c"}""";
    static final String LOGIN_EXISTS_EXAMPLE = """
            {"type": "https://clinic.dev/problems/login-exists", "title": "Conflict", "status": 409,
             "detail": "A login with username or email dana.whitfield@northside.example already exists; link it with existingLoginUsername instead",
             "instance": "/api/v1/practitioners", "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c"}""";
    static final String LOGIN_LINKED_EXAMPLE = """
            {"type": "https://clinic.dev/problems/login-already-linked", "title": "Conflict", "status": 409,
             "detail": "Login needling-northside already belongs to another practitioner",
             "instance": "/api/v1/practitioners", "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "practitionerId": "3f2a7c1e-9b4d-4e8a-8c6f-1d2e3f4a5b6c"}""";
    static final String KEYCLOAK_DOWN_EXAMPLE = """
            {"type": "https://clinic.dev/problems/service-unavailable", "title": "Service unavailable", "status": 503,
             "detail": "The identity provider (Keycloak) is unavailable; nothing was changed, try again shortly",
             "instance": "/api/v1/practitioners", "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c"}""";

    private final PractitionerService practitioners;
    private final Idempotency idempotency;
    private final CurrentUser currentUser;

    PractitionerResource(PractitionerService practitioners, Idempotency idempotency, CurrentUser currentUser) {
        this.practitioners = practitioners;
        this.idempotency = idempotency;
        this.currentUser = currentUser;
    }

    @POST
    @RolesAllowed(Roles.CLINIC_ADMIN)
    @Operation(operationId = "createPractitioner", summary = "Create a practitioner",
            description = "With `createLogin: true` a Keycloak login is provisioned first (username = email, realm role "
                    + "practitioner, this clinic's `clinic_id`, required action UPDATE_PASSWORD) and its one-time "
                    + "`temporaryPassword` is in this answer only. With `existingLoginUsername` an existing login of "
                    + "this clinic is linked instead. When Keycloak is unavailable nothing is stored (503).")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new practitioner.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = PractitionerResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", description = "The email is taken in this clinic (`existingPractitionerId`), a "
            + "Keycloak login with that username exists already, or the login to link belongs to another practitioner.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"), examples = {
                    @ExampleObject(name = "practitioner-email-taken", value = EMAIL_TAKEN_EXAMPLE),
                    @ExampleObject(name = "login-exists", value = LOGIN_EXISTS_EXAMPLE),
                    @ExampleObject(name = "login-already-linked", value = LOGIN_LINKED_EXAMPLE) }))
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    @APIResponse(responseCode = "503", description = "Keycloak is unavailable; no login and no practitioner were stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "keycloak-unavailable", value = KEYCLOAK_DOWN_EXAMPLE)))
    public Response create(
            @Parameter(description = "Makes a retry safe: the same key and body return the first answer "
                    + "(without the temporary password, which is shown once).")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid PractitionerRequest request) {
        Login login;
        if (request.existingLoginUsername() != null && request.createLogin()) {
            throw ProblemException.invalid("existingLoginUsername", "cannot be combined with createLogin: true");
        } else if (request.existingLoginUsername() != null) {
            login = new Login.Existing(request.existingLoginUsername());
        } else {
            login = request.createLogin() ? new Login.Create() : new Login.None();
        }
        return idempotency.create(idempotencyKey, request, () -> {
            PractitionerService.Created created = practitioners.create(request.profile(), login);
            Practitioner practitioner = created.practitioner();
            return new Created(practitioner.getId(), URI.create("/api/v1/practitioners/" + practitioner.getId()),
                    PractitionerResponse.of(practitioner, created.temporaryPassword()));
        }, id -> PractitionerResponse.of(practitioners.get(id)));
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "listPractitioners", summary = "List practitioners",
            description = "Keyset-paged, in creation order, active practitioners only unless `includeInactive=true`; "
                    + "with `updatedSince` every practitioner changed since then, inactive ones included, in order of "
                    + "change. Patients see the public profiles of active practitioners only.")
    @APIResponse(responseCode = "200", description = "One page of practitioners; `Link: rel=\"next\"` when more follow.",
            content = @Content(schema = @Schema(implementation = PractitionerPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response list(@BeanParam @Valid PageParams page,
            @Parameter(description = "Also list deactivated practitioners (staff only; ignored for patients).")
            @QueryParam("includeInactive") @DefaultValue("false") Boolean includeInactive,
            @Context UriInfo uriInfo) {
        if (isPatient()) {
            return PageResponses.ok(practitioners.listBookable(page).map(PractitionerResponse::publicProfile), uriInfo);
        }
        return PageResponses.ok(practitioners.list(page, includeInactive).map(PractitionerResponse::of), uriInfo);
    }

    // A literal segment: JAX-RS prefers it to the template "/{id}" whatever the declaration order.
    @GET
    @Path("/me")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.CLINIC_ADMIN })
    @Operation(operationId = "getOwnPractitioner", summary = "Read the caller's own practitioner record",
            description = "The practitioner of the caller's clinic whose login (`keycloakUserId`) is the token's "
                    + "subject (`sub`), active or not: the same body and `ETag` as `GET /practitioners/{id}`. "
                    + "session-service asks it to know who records a treatment session.")
    @APIResponse(responseCode = "200", description = "The caller's practitioner record; `ETag` is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PractitionerResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", description = "Neither a practitioner nor a clinic admin.", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "The caller's login is not linked to a practitioner of this "
            + "clinic (detail: \"Your login is not linked to a practitioner of this clinic\").", ref = "NotFound")
    public Response getOwn() {
        return withETag(practitioners.own(), PractitionerResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "getPractitioner", summary = "Read a practitioner",
            description = "Patients get the public profile of an active practitioner; an inactive one is 404 to them.")
    @APIResponse(responseCode = "200", description = "The practitioner; `ETag` is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PractitionerResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        if (isPatient()) {
            return withETag(practitioners.getBookable(id), PractitionerResponse::publicProfile);
        }
        return withETag(practitioners.get(id), PractitionerResponse::of);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.CLINIC_ADMIN)
    @Operation(operationId = "replacePractitioner", summary = "Replace a practitioner's profile",
            description = "The whole profile. `active` and the login are not changed here (see deactivate); a login "
                    + "keeps its username when the email changes. Send `If-Match` with the ETag you read.")
    @APIResponse(responseCode = "200", description = "The updated practitioner; `ETag` is its new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PractitionerResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "Another practitioner of this clinic has this email; "
            + "`existingPractitionerId` names them.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "practitioner-email-taken", value = EMAIL_TAKEN_EXAMPLE)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response replace(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read; a stale one is refused with 412.")
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid PractitionerRequest request) {
        if (request.createLogin() || request.existingLoginUsername() != null) {
            throw ProblemException.invalid(request.createLogin() ? "createLogin" : "existingLoginUsername",
                    "applies on create only");
        }
        return withETag(practitioners.replace(id, ifMatch, request.profile()), PractitionerResponse::of);
    }

    @POST
    @Path("/{id}/deactivate")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.CLINIC_ADMIN)
    @Operation(operationId = "deactivatePractitioner", summary = "Deactivate a practitioner",
            description = "The practitioner can no longer be booked and their Keycloak login (if any) is disabled. "
                    + "Deactivating an inactive practitioner answers the record unchanged. Existing appointments stay.")
    @APIResponse(responseCode = "200", description = "The practitioner, now inactive; `ETag` is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PractitionerResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "503", description = "Keycloak is unavailable; the login and the record are unchanged.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "keycloak-unavailable", value = KEYCLOAK_DOWN_EXAMPLE)))
    public Response deactivate(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read; a stale one is refused with 412.")
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return withETag(practitioners.setActive(id, ifMatch, false), PractitionerResponse::of);
    }

    @POST
    @Path("/{id}/reactivate")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.CLINIC_ADMIN)
    @Operation(operationId = "reactivatePractitioner", summary = "Reactivate a practitioner",
            description = "The practitioner can be booked again and their Keycloak login (if any) is enabled. "
                    + "Reactivating an active practitioner answers the record unchanged.")
    @APIResponse(responseCode = "200", description = "The practitioner, now active; `ETag` is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PractitionerResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "503", description = "Keycloak is unavailable; the login and the record are unchanged.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "keycloak-unavailable", value = KEYCLOAK_DOWN_EXAMPLE)))
    public Response reactivate(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read; a stale one is refused with 412.")
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return withETag(practitioners.setActive(id, ifMatch, true), PractitionerResponse::of);
    }

    private boolean isPatient() {
        return currentUser.hasRole(Roles.PATIENT);
    }

    private static Response withETag(Practitioner practitioner, Function<Practitioner, PractitionerResponse> view) {
        return Response.ok(view.apply(practitioner)).tag(ETags.of(practitioner.getVersion())).build();
    }

    /** The list body, named for the OpenAPI document. */
    @Schema(name = "PractitionerPage")
    public record PractitionerPage(List<PractitionerResponse> items, @Schema(nullable = true) String nextCursor) {
    }
}
