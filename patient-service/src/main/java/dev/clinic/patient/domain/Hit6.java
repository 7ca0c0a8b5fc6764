package dev.clinic.patient.domain;

import java.util.List;

/** HIT-6 scoring: the sum of the six answers' points. */
public final class Hit6 {

    public static final int ITEMS = 6;
    public static final int MIN_TOTAL = ITEMS * Hit6Answer.NEVER.points();
    public static final int MAX_TOTAL = ITEMS * Hit6Answer.ALWAYS.points();

    private Hit6() {
    }

    public static int total(List<Hit6Answer> answers) {
        if (answers.size() != ITEMS) {
            throw new IllegalArgumentException("HIT-6 has " + ITEMS + " answers, not " + answers.size());
        }
        return answers.stream().mapToInt(Hit6Answer::points).sum();
    }
}
