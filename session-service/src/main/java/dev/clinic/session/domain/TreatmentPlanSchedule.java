package dev.clinic.session.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.clinic.platform.problem.FieldError;
import dev.clinic.session.domain.clinical.Icd10Cm;
import dev.clinic.platform.problem.ProblemException;

/**
 * The rules of a treatment plan that need no database: the defaults of the four-week starter
 * roadmap (4 sessions, 1 a week, review after 4 weeks), the ranges, the diagnosis-code syntax,
 * which signed sessions count towards a plan, the progress derived from them and the status
 * changes a plan may make.
 *
 * <p>A plan's dates are calendar dates; until clinic settings (booking-service) tell a clinic's time
 * zone, its period is read in UTC: a session counts when it started on or after {@code startDate}
 * 00:00Z and before the day after {@code reviewDate} 00:00Z. The progress query in
 * TreatmentPlanRepository applies the same bounds.
 */
public final class TreatmentPlanSchedule {

    public static final int DEFAULT_PLANNED_SESSIONS = 4;
    public static final int DEFAULT_SESSIONS_PER_WEEK = 1;
    public static final Period DEFAULT_REVIEW_AFTER = Period.ofWeeks(4);
    public static final int MAX_PLANNED_SESSIONS = 52;
    public static final int MAX_SESSIONS_PER_WEEK = 7;
    public static final int MAX_GOALS = 20;
    public static final int MAX_GOAL_LENGTH = 1000;
    /** As many as a CMS-1500 claim can point to. */
    public static final int MAX_DIAGNOSIS_CODES = 12;

    /*
     * ICD-10-CM syntax only (category, optional dot and up to four more characters; U is reserved).
     * Kept private on purpose: a shared ICD-10-CM code class is being written for the sessions and
     * will replace this check.
     */

    /** What a plan has achieved so far; derived on every read, never stored. */
    public record Progress(int sessionsSigned, int sessionsRemaining, LocalDate nextReviewDue) {
    }

    private TreatmentPlanSchedule() {
    }

    /** The content with every value not given taken from the four-week roadmap; goals are trimmed. */
    public static TreatmentPlanContent withDefaults(TreatmentPlanContent c) {
        int planned = c.plannedSessions() == null ? DEFAULT_PLANNED_SESSIONS : c.plannedSessions();
        int perWeek = c.sessionsPerWeek() == null ? DEFAULT_SESSIONS_PER_WEEK : c.sessionsPerWeek();
        LocalDate review = c.reviewDate() != null || c.startDate() == null ? c.reviewDate()
                : c.startDate().plus(DEFAULT_REVIEW_AFTER);
        List<String> goals = c.goals().stream().map(goal -> goal == null ? null : goal.strip()).toList();
        return new TreatmentPlanContent(c.patientId(), c.modality(), goals, c.diagnosisCodes(), planned, perWeek,
                c.startDate(), review);
    }

    /** Every rule the content (with its defaults applied) breaks, named by the field to correct. */
    public static List<FieldError> violations(TreatmentPlanContent c) {
        List<FieldError> errors = new ArrayList<>();
        if (c.patientId() == null) {
            errors.add(new FieldError("patientId", "must not be null"));
        }
        if (c.modality() == null) {
            errors.add(new FieldError("modality", "must not be null"));
        }
        if (c.goals().size() > MAX_GOALS) {
            errors.add(new FieldError("goals", "must have at most " + MAX_GOALS + " goals"));
        }
        for (int i = 0; i < c.goals().size(); i++) {
            String goal = c.goals().get(i);
            if (goal == null || goal.isBlank()) {
                errors.add(new FieldError("goals[" + i + "]", "must not be blank"));
            } else if (goal.length() > MAX_GOAL_LENGTH) {
                errors.add(new FieldError("goals[" + i + "]", "must be at most " + MAX_GOAL_LENGTH + " characters"));
            }
        }
        if (c.diagnosisCodes().size() > MAX_DIAGNOSIS_CODES) {
            errors.add(new FieldError("diagnosisCodes", "must have at most " + MAX_DIAGNOSIS_CODES + " codes"));
        }
        errors.addAll(Icd10Cm.violations("diagnosisCodes", c.diagnosisCodes()));
        range(errors, "plannedSessions", c.plannedSessions(), MAX_PLANNED_SESSIONS);
        range(errors, "sessionsPerWeek", c.sessionsPerWeek(), MAX_SESSIONS_PER_WEEK);
        if (c.startDate() == null) {
            errors.add(new FieldError("startDate", "must not be null"));
        } else if (c.reviewDate() != null && c.reviewDate().isBefore(c.startDate())) {
            errors.add(new FieldError("reviewDate", "must not be before startDate"));
        }
        return errors;
    }

    private static void range(List<FieldError> errors, String field, Integer value, int max) {
        if (value == null || value < 1 || value > max) {
            errors.add(new FieldError(field, "must be between 1 and " + max));
        }
    }

    /** The content with its defaults, or a 400 naming every field that breaks a rule. */
    public static TreatmentPlanContent checked(TreatmentPlanContent requested) {
        TreatmentPlanContent content = withDefaults(requested);
        List<FieldError> errors = violations(content);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return content;
    }

    /** The first instant of a plan's period (inclusive). */
    public static Instant periodStart(LocalDate startDate) {
        return startDate.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The end of a plan's period (exclusive): the whole review day belongs to the period. */
    public static Instant periodEnd(LocalDate reviewDate) {
        return reviewDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Whether a signed session of the plan's patient and modality that started then counts. */
    public static boolean counts(Instant startedAt, LocalDate startDate, LocalDate reviewDate) {
        return !startedAt.isBefore(periodStart(startDate)) && startedAt.isBefore(periodEnd(reviewDate));
    }

    /**
     * Progress from the number of counted signed sessions. Sessions beyond the plan leave none
     * remaining (never a negative number). Only an ACTIVE plan has a review due: its review date,
     * which stays due (also once passed) until the plan is replaced with a later one or closed.
     */
    public static Progress progress(int plannedSessions, long sessionsSigned, TreatmentPlanStatus status,
            LocalDate reviewDate) {
        int signed = Math.toIntExact(sessionsSigned);
        return new Progress(signed, Math.max(0, plannedSessions - signed),
                status == TreatmentPlanStatus.ACTIVE ? reviewDate : null);
    }

    /**
     * An ACTIVE plan may stay active, be completed or be discontinued. A closed plan is final: no
     * status change (a plan is never un-completed or resumed; start a new plan) and no new content.
     */
    public static void checkChange(Object planId, TreatmentPlanStatus current, TreatmentPlanStatus requested) {
        if (current.isClosed()) {
            Map<String, Object> blocking = new LinkedHashMap<>();
            // a plan not stored yet has no id
            if (planId != null) {
                blocking.put("planId", planId);
            }
            blocking.put("planStatus", current);
            blocking.put("requestedStatus", requested);
            throw ProblemException.conflict("treatment-plan-closed",
                    "Treatment plan " + planId + " is " + current + " and can no longer change; start a new plan",
                    blocking);
        }
    }
}
