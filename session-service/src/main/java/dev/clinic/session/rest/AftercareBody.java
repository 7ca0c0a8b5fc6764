package dev.clinic.session.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.session.domain.clinical.Aftercare;

@Schema(name = "Aftercare", description = "What the practitioner checked and advised after treatment. A field left out "
        + "is false: nothing is assumed.")
public record AftercareBody(
        @Schema(description = "The skin was checked at every needling site (needed to sign dry needling).",
                examples = "true") boolean skinChecked,
        @Schema(description = "The patient was advised to drink water.", examples = "true") boolean hydrationAdvised,
        @Schema(description = "The patient rested until steady before leaving.", examples = "true")
        boolean restedUntilSteady,
        @Schema(description = "The patient was told the warning signs of a pneumothorax and what to do (needed to sign "
                + "when a muscle over the thorax was needled).", examples = "true") boolean pneumothoraxAdviceGiven) {

    Aftercare toAftercare() {
        return new Aftercare(skinChecked, hydrationAdvised, restedUntilSteady, pneumothoraxAdviceGiven);
    }

    static AftercareBody of(Aftercare a) {
        return new AftercareBody(a.skinChecked(), a.hydrationAdvised(), a.restedUntilSteady(),
                a.pneumothoraxAdviceGiven());
    }
}
