package dev.clinic.session.domain.clinical;

import java.util.ArrayList;
import java.util.List;

import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.session.domain.Modality;

/**
 * What a session's needling sites must be whatever its state: each in range, and present only on a
 * dry-needling session. Checked when a draft is written (400); {@link SigningRules} checks what
 * signing needs on top.
 */
public final class NeedlingSiteRules {

    /** The request property the sites come in; every error path starts with it. */
    public static final String FIELD = "needlingSites";

    private NeedlingSiteRules() {
    }

    public static List<FieldError> violations(Modality modality, List<NeedlingSite> sites) {
        List<FieldError> errors = new ArrayList<>();
        if (sites == null || sites.isEmpty()) {
            return errors;
        }
        if (modality != null && modality != Modality.DRY_NEEDLING) {
            errors.add(new FieldError(FIELD, "must be empty when modality is " + modality));
            return errors;
        }
        for (int i = 0; i < sites.size(); i++) {
            NeedlingSite site = sites.get(i);
            String path = FIELD + "[" + i + "]";
            if (site == null) {
                errors.add(new FieldError(path, "must not be null"));
            } else {
                errors.addAll(site.violations(path));
            }
        }
        return errors;
    }

    /** @throws ProblemException 400 naming every field out of its range */
    public static void check(Modality modality, List<NeedlingSite> sites) {
        List<FieldError> errors = violations(modality, sites);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** Needles put in the patient over all sites, both sides of a BILATERAL site counted. */
    public static int totalNeedles(List<NeedlingSite> sites) {
        return sites == null ? 0 : sites.stream().mapToInt(NeedlingSite::needlesInserted).sum();
    }
}
