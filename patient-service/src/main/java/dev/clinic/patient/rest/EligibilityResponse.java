package dev.clinic.patient.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.patient.domain.EligibilityReason;
import dev.clinic.patient.domain.Modality;
import dev.clinic.patient.service.EligibilityService.Result;

@Schema(name = "Eligibility", description = "Whether the patient may have the modality on the date. Front-desk and "
        + "patient callers see only the generic codes CLINICAL_REVIEW_REQUIRED and CONSENT_REQUIRED; practitioners, "
        + "admins and integrators see the contraindication codes, NOT_SCREENED and CONSENT_REQUIRED.")
public record EligibilityResponse(
        @Schema(examples = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11") UUID patientId,
        @Schema(examples = "DRY_NEEDLING") Modality modality,
        @Schema(examples = "2026-03-04") LocalDate date,
        @Schema(description = "True exactly when `blockers` is empty.", examples = "false") boolean eligible,
        @Schema(description = "What prevents the treatment.", examples = "[\"ANTICOAGULANTS\", \"CONSENT_REQUIRED\"]")
        List<EligibilityReason> blockers,
        @Schema(description = "What allows it only with care (massage).", examples = "[]")
        List<EligibilityReason> warnings) {

    static EligibilityResponse of(Result r) {
        return new EligibilityResponse(r.patientId(), r.modality(), r.date(), r.decision().eligible(),
                r.decision().blockers(), r.decision().warnings());
    }
}
