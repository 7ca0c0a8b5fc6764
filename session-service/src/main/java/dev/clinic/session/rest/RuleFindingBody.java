package dev.clinic.session.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.session.domain.clinical.RuleFinding;
import dev.clinic.session.domain.clinical.SigningRule;

@Schema(name = "RuleFinding", description = "A signing rule that failed or warned, with the field to look at.")
public record RuleFindingBody(
        @Schema(examples = "FIRST_SESSION_MANY_NEEDLES") SigningRule rule,
        @Schema(examples = "needlingSites") String field,
        @Schema(examples = "3 needles in the patient's first dry-needling session; at most 2 are advised")
        String message) {

    static RuleFindingBody of(RuleFinding finding) {
        return new RuleFindingBody(finding.rule(), finding.field(), finding.message());
    }
}
