package dev.clinic.session.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;

/**
 * The rules a session's content must keep, whatever the caller: a massage names its technique and
 * only a massage does, and a session ends after it starts. The database holds the same two rules
 * as check constraints.
 */
public final class SessionRules {

    private SessionRules() {
    }

    /** Every rule the content breaks, named by the field to correct; empty when it keeps them all. */
    public static List<FieldError> violations(SessionContent content) {
        List<FieldError> errors = new ArrayList<>();
        Modality modality = content.modality();
        if (modality == Modality.MASSAGE && content.massageTechnique() == null) {
            errors.add(new FieldError("massageTechnique", "is required when modality is MASSAGE"));
        } else if (modality != null && modality != Modality.MASSAGE && content.massageTechnique() != null) {
            errors.add(new FieldError("massageTechnique", "must be absent when modality is " + modality));
        }
        Instant startedAt = content.startedAt();
        Instant endedAt = content.endedAt();
        if (startedAt != null && endedAt != null && !endedAt.isAfter(startedAt)) {
            errors.add(new FieldError("endedAt", "must be after startedAt"));
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
