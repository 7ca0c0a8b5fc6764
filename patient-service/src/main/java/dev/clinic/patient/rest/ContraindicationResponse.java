package dev.clinic.patient.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.patient.domain.ContraindicationCode;
import dev.clinic.patient.domain.ContraindicationSource;
import dev.clinic.patient.domain.DryNeedlingEffect;
import dev.clinic.patient.domain.MassageEffect;
import dev.clinic.patient.service.ContraindicationStatus;

@Schema(name = "Contraindication", description = "A contraindication derived from the screening and the birth date; "
        + "never entered by hand.")
public record ContraindicationResponse(
        @Schema(examples = "ANTICOAGULANTS") ContraindicationCode code,
        @Schema(examples = "SCREENING") ContraindicationSource source,
        @Schema(description = "The fields that raised it: `birthDate` or screening questions (for UNKNOWN_ANSWER "
                + "every question still UNKNOWN).", examples = "[\"anticoagulants\"]")
        List<String> raisedBy,
        @Schema(description = "ABSOLUTE: never eligible; BLOCKS_UNTIL_CLEARED: eligible once a clearance covers "
                + "the date; BLOCKS_UNTIL_ANSWERED: answer the UNKNOWN questions.", examples = "BLOCKS_UNTIL_CLEARED")
        DryNeedlingEffect dryNeedling,
        @Schema(description = "WARNING: massage stays possible, with care.", examples = "WARNING")
        MassageEffect massage,
        @Schema(description = "A clearance covers the date.", examples = "true") boolean cleared,
        @Schema(nullable = true, description = "The clearance covering the date, else the newest standing one "
                + "(expired or not yet begun), else null.") ClearanceResponse clearance) {

    static ContraindicationResponse of(ContraindicationStatus s) {
        return new ContraindicationResponse(s.code(), s.code().source(), s.raisedBy(), s.code().dryNeedling(),
                s.code().massage(), s.cleared(), s.clearance() == null ? null : ClearanceResponse.of(s.clearance()));
    }
}
