package dev.clinic.session.domain.clinical;

/** What the practitioner did and said before the patient left. Nothing is assumed: all start false. */
public record Aftercare(
        boolean skinChecked,
        boolean hydrationAdvised,
        boolean restedUntilSteady,
        boolean pneumothoraxAdviceGiven) {

    public static final Aftercare NONE = new Aftercare(false, false, false, false);
}
