package dev.clinic.session.domain.clinical;

import java.util.ArrayList;
import java.util.List;

import dev.clinic.session.domain.Modality;

/**
 * What a session needs before it is signed and becomes evidence (DOMAIN.md, session-service).
 * <p>
 * Dry needling: at least one needling site; {@code aftercare.skinChecked}; when a muscle over the
 * thorax was needled, {@code aftercare.pneumothoraxAdviceGiven}. A patient's first dry-needling
 * session with more needles than the policy's maximum (two) signs with a warning; both sides of a
 * BILATERAL site count, since {@code needleCount} is per side. Massage: no needling sites, and none
 * of the needling rules. Every failed rule is reported, not only the first.
 * <p>
 * Eligibility is the remaining rule; patient-service decides it, so the service adds it
 * ({@link SigningCheck#withViolation}).
 */
public final class SigningRules {

    private SigningRules() {
    }

    public static SigningCheck check(Modality modality, List<NeedlingSite> sites, Aftercare aftercare,
            boolean firstDryNeedlingSession) {
        return check(modality, sites, aftercare, firstDryNeedlingSession, SigningPolicy.DEFAULT);
    }

    /**
     * @param firstDryNeedlingSession whether the patient has no other signed dry-needling session
     */
    public static SigningCheck check(Modality modality, List<NeedlingSite> sites, Aftercare aftercare,
            boolean firstDryNeedlingSession, SigningPolicy policy) {
        List<NeedlingSite> needled = sites == null ? List.of() : sites;
        Aftercare done = aftercare == null ? Aftercare.NONE : aftercare;
        List<RuleFinding> violations = new ArrayList<>();
        List<RuleFinding> warnings = new ArrayList<>();
        if (modality == Modality.DRY_NEEDLING) {
            if (needled.isEmpty()) {
                violations.add(new RuleFinding(SigningRule.NEEDLING_SITE_REQUIRED, NeedlingSiteRules.FIELD,
                        "a dry-needling session needs at least one needling site"));
            }
            if (!done.skinChecked()) {
                violations.add(new RuleFinding(SigningRule.SKIN_CHECK_REQUIRED, "aftercare.skinChecked",
                        "must be true: check the skin at every needling site before signing"));
            }
            List<String> overThorax = needled.stream()
                    .filter(site -> site.muscle() != null && policy.overThorax(site.muscle()))
                    .map(site -> site.muscle().display()).distinct().toList();
            if (!overThorax.isEmpty() && !done.pneumothoraxAdviceGiven()) {
                violations.add(new RuleFinding(SigningRule.PNEUMOTHORAX_ADVICE_REQUIRED,
                        "aftercare.pneumothoraxAdviceGiven",
                        "must be true: muscles over the thorax were needled (" + String.join(", ", overThorax)
                                + "), so the patient needs the pneumothorax warning signs and what to do"));
            }
            int needles = NeedlingSiteRules.totalNeedles(needled);
            if (firstDryNeedlingSession && needles > policy.firstSessionMaxNeedles()) {
                warnings.add(new RuleFinding(SigningRule.FIRST_SESSION_MANY_NEEDLES, NeedlingSiteRules.FIELD,
                        needles + " needles in the patient's first dry-needling session; at most "
                                + policy.firstSessionMaxNeedles() + " are advised"));
            }
        } else if (modality == Modality.MASSAGE && !needled.isEmpty()) {
            violations.add(new RuleFinding(SigningRule.NEEDLING_SITES_NOT_ALLOWED, NeedlingSiteRules.FIELD,
                    "must be empty when modality is MASSAGE"));
        }
        return new SigningCheck(violations, warnings);
    }

    /** The rule a refused eligibility check breaks, with the reasons patient-service gave. */
    public static RuleFinding notEligible(List<String> blockers) {
        String reasons = blockers == null || blockers.isEmpty() ? ""
                : " (" + String.join(", ", blockers) + ")";
        return new RuleFinding(SigningRule.PATIENT_NOT_ELIGIBLE, "patientId",
                "the patient is not eligible for dry needling on the session date" + reasons);
    }
}
