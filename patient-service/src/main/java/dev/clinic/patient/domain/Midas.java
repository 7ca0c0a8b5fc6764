package dev.clinic.patient.domain;

import java.util.List;

/** MIDAS scoring: the sum of the five day counts. */
public final class Midas {

    public static final int ITEMS = 5;
    /** Each count is of days in the last three months. */
    public static final int MAX_DAYS = 90;
    public static final int MAX_TOTAL = ITEMS * MAX_DAYS;

    private Midas() {
    }

    public static int total(List<Integer> dayCounts) {
        if (dayCounts.size() != ITEMS) {
            throw new IllegalArgumentException("MIDAS has " + ITEMS + " answers, not " + dayCounts.size());
        }
        for (int days : dayCounts) {
            if (days < 0 || days > MAX_DAYS) {
                throw new IllegalArgumentException("a MIDAS day count lies between 0 and 90, not " + days);
            }
        }
        return dayCounts.stream().mapToInt(Integer::intValue).sum();
    }
}
