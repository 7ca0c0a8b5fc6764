package dev.clinic.session.domain.clinical;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;

/**
 * The rules of an adverse event: a pneumothorax is always SERIOUS, a SERIOUS event is reportable,
 * and an event does not resolve before its onset.
 * <p>
 * A pneumothorax sent with a lower severity is refused (400 naming {@code severity}), not upgraded:
 * the clinical record must never silently differ from what the practitioner wrote.
 */
public final class AdverseEventRules {

    private AdverseEventRules() {
    }

    public static List<FieldError> violations(AdverseEventType type, AdverseEventSeverity severity, Instant onsetAt,
            Instant resolvedAt) {
        List<FieldError> errors = new ArrayList<>();
        if (type == null) {
            errors.add(new FieldError("type", "is required"));
        }
        if (severity == null) {
            errors.add(new FieldError("severity", "is required"));
        } else if (type == AdverseEventType.PNEUMOTHORAX && severity != AdverseEventSeverity.SERIOUS) {
            errors.add(new FieldError("severity", "must be SERIOUS when type is PNEUMOTHORAX"));
        }
        if (onsetAt == null) {
            errors.add(new FieldError("onsetAt", "is required"));
        } else if (resolvedAt != null && resolvedAt.isBefore(onsetAt)) {
            errors.add(new FieldError("resolvedAt", "must not be before onsetAt"));
        }
        return errors;
    }

    /** @throws ProblemException 400 naming every field that breaks a rule */
    public static void check(AdverseEventType type, AdverseEventSeverity severity, Instant onsetAt,
            Instant resolvedAt) {
        List<FieldError> errors = violations(type, severity, onsetAt, resolvedAt);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** Whether the event must be reported to the regulator: exactly the SERIOUS ones. */
    public static boolean reportable(AdverseEventSeverity severity) {
        return severity != null && severity.reportable();
    }
}
