package dev.clinic.patient.domain;

import java.util.Objects;

/**
 * The answers of a screening that the contraindication rules read, as plain values. The names of
 * the components are the API's field names, which {@link Contraindication#raisedBy()} reports.
 */
public record ScreeningAnswers(Answer bleedingDisorder, Answer anticoagulants, Answer pregnant,
        Answer immunocompromised, Answer recentSurgery, Answer activeSkinInfection, NeedlePhobia needlePhobia) {

    public ScreeningAnswers {
        Objects.requireNonNull(bleedingDisorder, "bleedingDisorder");
        Objects.requireNonNull(anticoagulants, "anticoagulants");
        Objects.requireNonNull(pregnant, "pregnant");
        Objects.requireNonNull(immunocompromised, "immunocompromised");
        Objects.requireNonNull(recentSurgery, "recentSurgery");
        Objects.requireNonNull(activeSkinInfection, "activeSkinInfection");
        Objects.requireNonNull(needlePhobia, "needlePhobia");
    }
}
