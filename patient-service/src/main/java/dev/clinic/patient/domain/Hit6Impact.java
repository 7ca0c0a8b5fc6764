package dev.clinic.patient.domain;

/** How much headaches affect daily life, by HIT-6 total. */
public enum Hit6Impact {
    /** 49 or less. */
    LITTLE_OR_NO_IMPACT,
    /** 50 to 55. */
    SOME_IMPACT,
    /** 56 to 59. */
    SUBSTANTIAL_IMPACT,
    /** 60 or more. */
    SEVERE_IMPACT;

    public static Hit6Impact of(int total) {
        if (total < Hit6.MIN_TOTAL || total > Hit6.MAX_TOTAL) {
            throw new IllegalArgumentException("a HIT-6 total lies between 36 and 78, not " + total);
        }
        if (total <= 49) {
            return LITTLE_OR_NO_IMPACT;
        }
        if (total <= 55) {
            return SOME_IMPACT;
        }
        return total <= 59 ? SUBSTANTIAL_IMPACT : SEVERE_IMPACT;
    }
}
