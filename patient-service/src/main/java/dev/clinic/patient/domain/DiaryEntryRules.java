package dev.clinic.patient.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;

/**
 * The rules a diary day must satisfy beyond each field's own range: a day cannot be recorded
 * ahead of time, and the headache details belong to a headache day only. Every violation is
 * reported at once, each naming its field.
 */
public final class DiaryEntryRules {

    private DiaryEntryRules() {
    }

    /**
     * @param today the latest day that may be recorded
     * @throws ProblemException 400 naming every field that breaks a rule
     */
    public static void check(DiaryEntryContent entry, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (entry.date().isAfter(today)) {
            errors.add(new FieldError("date", "must not be in the future (today is " + today + ")"));
        }
        if (entry.hadHeadache()) {
            if (entry.kind() == null) {
                errors.add(new FieldError("kind", "is required when hadHeadache is true"));
            }
            // The monthly mean intensity is taken over headache days; one without a rating would skew it.
            if (entry.intensity() == null) {
                errors.add(new FieldError("intensity", "is required when hadHeadache is true"));
            }
        } else {
            if (entry.kind() != null) {
                errors.add(new FieldError("kind", "must be absent when hadHeadache is false"));
            }
            if (entry.intensity() != null) {
                errors.add(new FieldError("intensity", "must be absent when hadHeadache is false"));
            }
            if (entry.durationHours() != null) {
                errors.add(new FieldError("durationHours", "must be absent when hadHeadache is false"));
            }
            if (entry.aura()) {
                errors.add(new FieldError("aura", "must be false when hadHeadache is false"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
