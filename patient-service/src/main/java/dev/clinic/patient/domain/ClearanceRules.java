package dev.clinic.patient.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import dev.clinic.platform.problem.ProblemException;

/**
 * What may be cleared, and which clearances a re-screening ends.
 *
 * <p>A clearance answers one finding: the clinician cleared, say, anticoagulants as they were when
 * the patient said YES. While the answer stays YES across re-screenings the clearance stands
 * (until its validUntil). When the code newly appears, because the answer moved into YES from
 * NO or UNKNOWN (or needle phobia became SEVERE), it is a new finding and earlier clearances of that
 * code end: a new one is needed. UNKNOWN to YES counts as new because nobody cleared an answer that
 * was not known.
 */
public final class ClearanceRules {

    private ClearanceRules() {
    }

    /**
     * The codes whose clearances a new screening ends: every clearable code the new screening
     * raises that the previous one (null for the first screening) did not.
     */
    public static Set<ContraindicationCode> invalidatedBy(ScreeningAnswers previous, ScreeningAnswers next) {
        Set<ContraindicationCode> raisedBefore = ContraindicationRules.codesOf(previous);
        Set<ContraindicationCode> ended = EnumSet.noneOf(ContraindicationCode.class);
        for (ContraindicationCode code : ContraindicationRules.codesOf(next)) {
            if (code.isClearable() && !raisedBefore.contains(code)) {
                ended.add(code);
            }
        }
        return ended;
    }

    /**
     * A clearance is recorded only for a clearable code the patient has now: an absolute one never
     * clears, an unknown answer needs answering, and a code the patient does not have has nothing
     * to clear.
     */
    public static void requireClearable(ContraindicationCode code, Set<ContraindicationCode> current) {
        switch (code.dryNeedling()) {
            case ABSOLUTE -> throw ProblemException.conflict("absolute-contraindication",
                    code + " is an absolute contraindication to dry needling and cannot be cleared",
                    Map.of("code", code));
            case BLOCKS_UNTIL_ANSWERED -> throw ProblemException.conflict("answer-required",
                    code + " cannot be cleared: answer the screening questions that are UNKNOWN instead",
                    Map.of("code", code));
            case BLOCKS_UNTIL_CLEARED -> {
                if (!current.contains(code)) {
                    throw ProblemException.conflict("contraindication-not-present",
                            "The patient's current screening does not raise " + code + "; there is nothing to clear",
                            Map.of("code", code));
                }
            }
        }
    }
}
