package dev.clinic.patient.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.clinic.patient.domain.Modality;
import dev.clinic.patient.service.EligibilityService;
import dev.clinic.platform.security.Roles;

@Path("/api/v1/patients/{id}/eligibility")
@Tag(name = "Eligibility", description = "Whether a patient may have dry needling or massage on a date. Asked by "
        + "booking-service and session-service with their caller's token, so every role may ask; a patient only "
        + "about themselves.")
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    private final EligibilityService eligibility;

    EligibilityResource(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(summary = "Is the patient eligible for a modality on a date?",
            description = "Dry needling: blocked by AGE_UNDER_12 (absolute), by any contraindication that blocks until "
                    + "cleared without a clearance covering the date, by UNKNOWN_ANSWER, by NOT_SCREENED, and by "
                    + "CONSENT_REQUIRED without a DRY_NEEDLING_INFORMED consent signed on or before the date and not "
                    + "revoked on or before it. Massage: never blocked; its warning codes, NOT_SCREENED and a "
                    + "missing MASSAGE consent are warnings. Front-desk and patient callers get the generic codes "
                    + "CLINICAL_REVIEW_REQUIRED and CONSENT_REQUIRED only. Judged on the current screening; dates "
                    + "of instants (signedAt, revokedAt) are taken in UTC.")
    @APIResponse(responseCode = "200", description = "The decision.",
            content = @Content(schema = @Schema(implementation = EligibilityResponse.class), examples = {
                    @ExampleObject(name = "practitioner", summary = "As a practitioner sees it", value = """
                            {"patientId": "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11", "modality": "DRY_NEEDLING",
                             "date": "2026-03-04", "eligible": false,
                             "blockers": ["ANTICOAGULANTS", "CONSENT_REQUIRED"], "warnings": []}"""),
                    @ExampleObject(name = "front-desk", summary = "The same, as the front desk sees it", value = """
                            {"patientId": "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11", "modality": "DRY_NEEDLING",
                             "date": "2026-03-04", "eligible": false,
                             "blockers": ["CLINICAL_REVIEW_REQUIRED", "CONSENT_REQUIRED"], "warnings": []}"""),
                    @ExampleObject(name = "massage", summary = "Massage with warnings", value = """
                            {"patientId": "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11", "modality": "MASSAGE",
                             "date": "2026-03-04", "eligible": true, "blockers": [],
                             "warnings": ["ANTICOAGULANTS", "RECENT_SURGERY"]}""") }))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public EligibilityResponse getEligibility(@Parameter(description = "The patient.") @PathParam("id") UUID id,
            @Parameter(description = "The modality.", required = true, example = "DRY_NEEDLING")
            @NotNull @QueryParam("modality") Modality modality,
            @Parameter(description = "The treatment date (default: today in UTC).", example = "2026-03-04")
            @QueryParam("date") LocalDate date) {
        return EligibilityResponse.of(eligibility.eligibility(id, modality, date));
    }
}
