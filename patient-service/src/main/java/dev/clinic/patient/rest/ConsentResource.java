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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.clinic.patient.domain.Consent;
import dev.clinic.patient.domain.ConsentType;
import dev.clinic.patient.service.ConsentService;
import dev.clinic.patient.service.ConsentService.ConsentInput;
import dev.clinic.platform.idempotency.Idempotency;
import dev.clinic.platform.idempotency.Idempotency.Created;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.paging.PageResponses;
import dev.clinic.platform.problem.Problem;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;

@Path("/api/v1/patients/{id}/consents")
@Tag(name = "Consents", description = "Signed consent forms. Practitioners and clinic admins record them, a patient "
        + "signs and revokes their own, integrators read them; the front desk has no access (consent is part of the "
        + "clinical record: it sees CONSENT_REQUIRED through eligibility).")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentResource {

    private final ConsentService consents;
    private final Idempotency idempotency;

    ConsentResource(ConsentService consents, Idempotency idempotency) {
        this.consents = consents;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.PRACTITIONER, Roles.PATIENT })
    @Operation(summary = "Record a signed consent",
            description = "A patient caller signs for their own record only. `signedAt` defaults to now.")
    @APIResponse(responseCode = "201", description = "Recorded; `Location` names the consent.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = ConsentResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The patient is archived; unarchive first.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "patient-archived",
                            value = ClinicalProblemExamples.CONSENT_ARCHIVED)))
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response createConsent(@Parameter(description = "The patient.") @PathParam("id") UUID id,
            @Parameter(description = "Makes a retry safe: the same key and body return the first answer.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid ConsentRequest request) {
        ConsentInput input = new ConsentInput(request.type(), request.formVersion(), request.signedAt(),
                request.signedBy(), request.risks());
        return idempotency.create(idempotencyKey, request, () -> {
            Consent consent = consents.create(id, input);
            return new Created(consent.getId(), location(id, consent.getId()), ConsentResponse.of(consent));
        }, consentId -> ConsentResponse.of(consents.get(id, consentId)));
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.PRACTITIONER, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(summary = "List a patient's consents",
            description = "Keyset-paged, revoked consents included (`active` tells them apart); with `updatedSince` "
                    + "every consent signed or revoked since then, ordered by (updatedAt, id).")
    @APIResponse(responseCode = "200", description = "One page of consents; `Link: rel=\"next\"` when more follow.",
            content = @Content(schema = @Schema(implementation = ConsentPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response listConsents(@Parameter(description = "The patient.")
            @PathParam("id") UUID id, @BeanParam @Valid PageParams page,
            @Parameter(description = "Only consents of this type.") @QueryParam("type") ConsentType type,
            @Context UriInfo uriInfo) {
        return PageResponses.ok(consents.list(id, type, page).map(ConsentResponse::of), uriInfo);
    }

    @GET
    @Path("/{consentId}")
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.PRACTITIONER, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(summary = "Read a consent")
    @APIResponse(responseCode = "200", description = "The consent; `ETag` is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ConsentResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "No such patient, or no such consent of this patient.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not-found", value = ClinicalProblemExamples.CONSENT_NOT_FOUND)))
    public Response getConsent(@Parameter(description = "The patient.")
            @PathParam("id") UUID id, @Parameter(description = "The consent.") @PathParam("consentId") UUID consentId) {
        Consent consent = consents.get(id, consentId);
        return Response.ok(ConsentResponse.of(consent)).tag(ETags.of(consent.getVersion())).build();
    }

    @POST
    @Path("/{consentId}/revoke")
    @Consumes(MediaType.WILDCARD) // no body: a client need not name a content type
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.PRACTITIONER, Roles.PATIENT })
    @Operation(summary = "Revoke a consent",
            description = "From now on the consent no longer counts (on the day of revocation already). Final: sign "
                    + "a new consent to consent again. Possible for archived patients too: withdrawing consent only "
                    + "ever narrows what the clinic may do.")
    @APIResponse(responseCode = "200", description = "Revoked; `ETag` is the new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ConsentResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "No such patient, or no such consent of this patient.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not-found", value = ClinicalProblemExamples.CONSENT_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The consent was already revoked.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "consent-already-revoked",
                            value = ClinicalProblemExamples.ALREADY_REVOKED)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response revokeConsent(@Parameter(description = "The patient.")
            @PathParam("id") UUID id, @Parameter(description = "The consent.") @PathParam("consentId") UUID consentId,
            @Parameter(description = "The ETag last read; a stale one is refused with 412.")
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        Consent consent = consents.revoke(id, consentId, ifMatch);
        return Response.ok(ConsentResponse.of(consent)).tag(ETags.of(consent.getVersion())).build();
    }

    private static URI location(UUID patientId, UUID consentId) {
        return URI.create("/api/v1/patients/" + patientId + "/consents/" + consentId);
    }


    /** The list body, named for the OpenAPI document. */
    @Schema(name = "ConsentPage")
    public record ConsentPage(List<ConsentResponse> items, @Schema(nullable = true) String nextCursor) {
    }
}
