package dev.clinic.patient.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a consent counts: from the day it was signed, until the day before it was revoked. A consent
 * revoked on a day no longer counts on that day.
 */
public record ConsentTerm(ConsentType type, LocalDate signedOn, LocalDate revokedOn) {

    public ConsentTerm {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(signedOn, "signedOn");
    }

    public boolean countsOn(LocalDate date) {
        return !date.isBefore(signedOn) && (revokedOn == null || date.isBefore(revokedOn));
    }
}
