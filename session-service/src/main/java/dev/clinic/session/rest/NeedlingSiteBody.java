package dev.clinic.session.rest;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.clinic.session.domain.clinical.Muscle;
import dev.clinic.session.domain.clinical.NeedlingSite;
import dev.clinic.session.domain.clinical.NeedlingTechnique;
import dev.clinic.session.domain.clinical.Side;

/**
 * One needling site, as sent and as answered. {@code muscleCoding} is the server's: answered, and
 * ignored when sent back.
 */
@Schema(name = "NeedlingSite", description = "Where needles went in and how. Ranges are checked when the draft is "
        + "written (400 naming e.g. `needlingSites[0].needleCount`).")
@JsonIgnoreProperties(value = { "muscleCoding" }, allowGetters = true)
public record NeedlingSiteBody(
        @Schema(required = true, description = "The muscle, from the clinic's code table (`muscleCoding` gives its "
                + "SNOMED CT or local code).", examples = "UPPER_TRAPEZIUS") Muscle muscle,
        @Schema(required = true, description = "BILATERAL: the same prescription on both sides (counts as two muscles "
                + "for billing, and `needleCount` on each side).", examples = "BILATERAL") Side side,
        @Schema(required = true, minimum = "1", maximum = "20", description = "Needles on each side named.",
                examples = "2") Integer needleCount,
        @Schema(minimum = "0.12", maximum = "0.40", description = "Needle diameter in mm, at most two decimals (0.25 "
                + "typical).", examples = "0.25") BigDecimal needleDiameterMm,
        @Schema(minimum = "13", maximum = "100", description = "Needle length in mm.", examples = "40")
        Integer needleLengthMm,
        @Schema(minimum = "1", maximum = "100", description = "Depth in mm, not more than the needle's length (10–20 "
                + "typical).", examples = "15") Integer depthMm,
        @Schema(required = true, description = "STATIC: left in place; PISTONING: moved in and out to elicit a local "
                + "twitch response.", examples = "PISTONING") NeedlingTechnique technique,
        @Schema(minimum = "0", maximum = "1800", description = "How long the needles stayed in, in seconds.",
                examples = "60") Integer retentionSeconds,
        @Schema(description = "A local twitch response was seen.", examples = "true") boolean localTwitchResponse,
        @Schema(readOnly = true, description = "The muscle as a code: SNOMED CT where verified, else the clinic's local "
                + "code system.") CodingBody muscleCoding) {

    NeedlingSite toSite() {
        return new NeedlingSite(muscle, side, needleCount, needleDiameterMm, needleLengthMm, depthMm, technique,
                retentionSeconds, localTwitchResponse);
    }

    static NeedlingSiteBody of(NeedlingSite s) {
        return new NeedlingSiteBody(s.muscle(), s.side(), s.needleCount(), s.needleDiameterMm(), s.needleLengthMm(),
                s.depthMm(), s.technique(), s.retentionSeconds(), s.localTwitchResponse(),
                CodingBody.of(s.muscle().coding()));
    }
}
