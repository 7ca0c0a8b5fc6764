package dev.clinic.session.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.session.service.TreatmentSessionService.Signed;

@Schema(name = "SigningResult", description = "The signed session and what signing warned about (it signed anyway).")
public record SigningResponse(
        TreatmentSessionResponse session,
        @Schema(description = "Warnings, e.g. FIRST_SESSION_MANY_NEEDLES: more than two needles in the patient's first "
                + "dry-needling session.") List<RuleFindingBody> warnings) {

    static SigningResponse of(Signed signed) {
        return new SigningResponse(TreatmentSessionResponse.of(signed.session()),
                signed.warnings().stream().map(RuleFindingBody::of).toList());
    }
}
