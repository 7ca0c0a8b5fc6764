package dev.clinic.booking.domain.scheduling;

import java.time.LocalDate;
import java.util.Objects;

import dev.clinic.booking.domain.CredentialType;

/**
 * What the booking rules need of a credential, without the entity: its type and the days it is
 * valid, {@code issuedOn..expiresOn} both inclusive ({@code expiresOn} null: it does not expire).
 */
public record CredentialView(CredentialType type, LocalDate issuedOn, LocalDate expiresOn) {

    public CredentialView {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issuedOn, "issuedOn");
        if (expiresOn != null && expiresOn.isBefore(issuedOn)) {
            throw new IllegalArgumentException("expiresOn " + expiresOn + " is before issuedOn " + issuedOn);
        }
    }

    /** Valid on the day it expires; not the day after. */
    public boolean validOn(LocalDate date) {
        return !date.isBefore(issuedOn) && (expiresOn == null || !date.isAfter(expiresOn));
    }
}
