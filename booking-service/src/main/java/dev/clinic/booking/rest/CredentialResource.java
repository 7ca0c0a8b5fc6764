package dev.clinic.booking.rest;

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

import dev.clinic.booking.domain.Credential;
import dev.clinic.booking.service.CredentialService;
import dev.clinic.platform.idempotency.Idempotency;
import dev.clinic.platform.idempotency.Idempotency.Created;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.paging.PageResponses;
import dev.clinic.platform.problem.Problem;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;

@Path("/api/v1/practitioners/{practitionerId}/credentials")
@Tag(name = "Credentials", description = "Practitioners' licences and certifications; a booking needs valid ones.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CredentialResource {

    private static final String BELOW_MINIMUM_EXAMPLE = """
            {"type": "https://clinic.dev/problems/validation-failed", "title": "Invalid input", "status": 400,
             "detail": "trainingHours: US-FL requires at least 50 hours of face-to-face dry-needling training (Florida Statutes 486.117); 30 given",
             "instance": "/api/v1/practitioners/3f2a7c1e-9b4d-4e8a-8c6f-1d2e3f4a5b6c/credentials",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "errors": [{"field": "trainingHours", "message": "US-FL requires at least 50 hours of face-to-face dry-needling training (Florida Statutes 486.117); 30 given"}]}""";

    private final CredentialService credentials;
    private final Idempotency idempotency;

    CredentialResource(CredentialService credentials, Idempotency idempotency) {
        this.credentials = credentials;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.CLINIC_ADMIN)
    @Operation(operationId = "createCredential", summary = "Add a credential to a practitioner",
            description = "A DRY_NEEDLING_CERT below the minimum of the clinic's jurisdiction (or, while the clinic "
                    + "has none, of the credential's own) is refused with a 400 that says why.")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new credential.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = CredentialResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: a field is missing or malformed, expiresOn is not "
            + "after issuedOn, or the training hours are below the jurisdiction's minimum.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "below-jurisdiction-minimum", value = BELOW_MINIMUM_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response create(@PathParam("practitionerId") UUID practitionerId,
            @Parameter(description = "Makes a retry safe: the same key and body return the first answer.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid CredentialRequest request) {
        // the practitioner is part of what is asked: one key cannot replay another practitioner's credential
        return idempotency.create(idempotencyKey, request, () -> {
            Credential credential = credentials.create(practitionerId, request.details());
            return new Created(credential.getId(), URI.create("/api/v1/practitioners/" + practitionerId
                    + "/credentials/" + credential.getId()), CredentialResponse.of(credential));
        }, id -> CredentialResponse.of(credentials.get(practitionerId, id)));
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR })
    @Operation(operationId = "listCredentials", summary = "List a practitioner's credentials",
            description = "Keyset-paged, in creation order; with `updatedSince` in order of change.")
    @APIResponse(responseCode = "200", description = "One page of credentials; `Link: rel=\"next\"` when more follow.",
            content = @Content(schema = @Schema(implementation = CredentialPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response list(@PathParam("practitionerId") UUID practitionerId, @BeanParam @Valid PageParams page,
            @Context UriInfo uriInfo) {
        return PageResponses.ok(credentials.list(practitionerId, page).map(CredentialResponse::of), uriInfo);
    }

    @GET
    @Path("/{credentialId}")
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR })
    @Operation(operationId = "getCredential", summary = "Read a credential")
    @APIResponse(responseCode = "200", description = "The credential; `ETag` is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CredentialResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("practitionerId") UUID practitionerId, @PathParam("credentialId") UUID credentialId) {
        Credential credential = credentials.get(practitionerId, credentialId);
        return Response.ok(CredentialResponse.of(credential)).tag(ETags.of(credential.getVersion())).build();
    }


    /** The list body, named for the OpenAPI document. */
    @Schema(name = "CredentialPage")
    public record CredentialPage(List<CredentialResponse> items, @Schema(nullable = true) String nextCursor) {
    }
}
