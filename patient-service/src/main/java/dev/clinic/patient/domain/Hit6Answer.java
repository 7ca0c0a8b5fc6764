package dev.clinic.patient.domain;

/** One HIT-6 answer and the points it scores. */
public enum Hit6Answer {
    NEVER(6), RARELY(8), SOMETIMES(10), VERY_OFTEN(11), ALWAYS(13);

    private final int points;

    Hit6Answer(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }
}
