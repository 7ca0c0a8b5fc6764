package dev.clinic.session.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.session.domain.clinical.Icd10Cm;
import dev.clinic.session.domain.clinical.NeedlingSiteRules;

/**
 * The rules a session's content must keep in every state, whatever the caller: the treatment is
 * named (a massage names its technique and only a massage does), a session ends after it starts,
 * needling sites are in range and only on a dry-needling session, diagnoses are ICD-10-CM codes.
 * What signing needs on top is {@link dev.clinic.session.domain.clinical.SigningRules}. The
 * database holds the same rules as check constraints.
 */
public final class SessionRules {

    public static final int MAX_DIAGNOSIS_CODES = 12;
    public static final int MAX_NEEDLING_SITES = 50;
    public static final int MAX_NEEDLE_LOT_LENGTH = 64;

    private SessionRules() {
    }

    /** Every rule the content breaks, named by the field to correct; empty when it keeps them all. */
    public static List<FieldError> violations(SessionContent content) {
        List<FieldError> errors = new ArrayList<>();
        Modality modality = content.modality();
        if (modality == null) {
            errors.add(new FieldError("modality", "is required"));
        }
        if (modality == Modality.MASSAGE && content.massageTechnique() == null) {
            errors.add(new FieldError("massageTechnique", "is required when modality is MASSAGE"));
        } else if (modality != null && modality != Modality.MASSAGE && content.massageTechnique() != null) {
            errors.add(new FieldError("massageTechnique", "must be absent when modality is " + modality));
        }
        Instant startedAt = content.startedAt();
        Instant endedAt = content.endedAt();
        if (startedAt == null) {
            errors.add(new FieldError("startedAt", "is required"));
        } else if (endedAt != null && !endedAt.isAfter(startedAt)) {
            errors.add(new FieldError("endedAt", "must be after startedAt"));
        }
        if (content.diagnosisCodes().size() > MAX_DIAGNOSIS_CODES) {
            errors.add(new FieldError("diagnosisCodes", "must list at most " + MAX_DIAGNOSIS_CODES + " codes"));
        } else {
            errors.addAll(Icd10Cm.violations("diagnosisCodes", content.diagnosisCodes()));
        }
        String lot = content.needleLot();
        if (lot != null && (lot.isBlank() || lot.length() > MAX_NEEDLE_LOT_LENGTH)) {
            errors.add(new FieldError("needleLot", "must be 1 to " + MAX_NEEDLE_LOT_LENGTH
                    + " characters, not blank (leave it out when unknown)"));
        }
        if (content.needlingSites().size() > MAX_NEEDLING_SITES) {
            errors.add(new FieldError(NeedlingSiteRules.FIELD, "must list at most " + MAX_NEEDLING_SITES + " sites"));
        } else {
            errors.addAll(NeedlingSiteRules.violations(modality, content.needlingSites()));
        }
        return errors;
    }

    /** Throws a 400 problem naming each field that breaks a rule. */
    public static void check(SessionContent content) {
        List<FieldError> errors = violations(content);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
