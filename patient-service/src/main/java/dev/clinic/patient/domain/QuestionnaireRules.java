package dev.clinic.patient.domain;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;

/**
 * Reads a questionnaire's answers as the client sent them and scores them. The server always
 * scores; every answer that is missing, extra or out of range is reported by its position
 * ({@code answers[2]}), all at once.
 */
public final class QuestionnaireRules {

    /** A device clock a little ahead of ours must not make a questionnaire "completed in the future". */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final String HIT6_VALUES = Arrays.stream(Hit6Answer.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private QuestionnaireRules() {
    }

    /** @throws ProblemException 400 naming each invalid, missing or extra answer */
    public static ScoredQuestionnaire score(QuestionnaireType type, List<?> answers) {
        int expected = type == QuestionnaireType.HIT6 ? Hit6.ITEMS : Midas.ITEMS;
        String name = type == QuestionnaireType.HIT6 ? "HIT-6" : "MIDAS";
        List<FieldError> errors = new ArrayList<>();
        List<Hit6Answer> hit6 = new ArrayList<>();
        List<Integer> midas = new ArrayList<>();
        for (int i = 0; i < Math.max(expected, answers.size()); i++) {
            String field = "answers[" + i + "]";
            if (i >= answers.size()) {
                errors.add(new FieldError(field, "is missing: " + name + " has exactly " + expected + " answers"));
            } else if (i >= expected) {
                errors.add(new FieldError(field, "is one too many: " + name + " has exactly " + expected + " answers"));
            } else if (type == QuestionnaireType.HIT6) {
                Hit6Answer answer = hit6Answer(answers.get(i));
                if (answer == null) {
                    errors.add(new FieldError(field, "must be one of: " + HIT6_VALUES));
                } else {
                    hit6.add(answer);
                }
            } else {
                Integer days = dayCount(answers.get(i));
                if (days == null) {
                    errors.add(new FieldError(field, "must be a whole number of days from 0 to " + Midas.MAX_DAYS));
                } else {
                    midas.add(days);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return type == QuestionnaireType.HIT6 ? ScoredQuestionnaire.hit6(hit6) : ScoredQuestionnaire.midas(midas);
    }

    /** @throws ProblemException 400 when the questionnaire claims to be completed after {@code now} */
    public static void checkCompletedAt(Instant completedAt, Instant now) {
        if (completedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalid("completedAt", "must not be in the future");
        }
    }

    private static Hit6Answer hit6Answer(Object value) {
        if (value instanceof String text) {
            for (Hit6Answer answer : Hit6Answer.values()) {
                if (answer.name().equals(text)) {
                    return answer;
                }
            }
        }
        return null;
    }

    /** A JSON whole number in range; text, numbers written with a fraction (3.0) and null are not day counts. */
    private static Integer dayCount(Object value) {
        long days;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            days = ((Number) value).longValue();
        } else if (value instanceof BigInteger big && big.bitLength() < 32) {
            days = big.longValue();
        } else {
            return null;
        }
        return days >= 0 && days <= Midas.MAX_DAYS ? (int) days : null;
    }
}
