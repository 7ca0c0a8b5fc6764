package dev.clinic.patient.domain;

import java.util.Comparator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An identifier of the patient in another system, typically an EHR's medical record number:
 * {@code system} names the issuer (a URI or OID), {@code value} the identifier. In one clinic a
 * (system, value) pair belongs to at most one patient.
 */
@Embeddable
public record ExternalId(
        @Column(name = "system", nullable = false) String system,
        @Column(name = "value", nullable = false) String value) {

    public static final Comparator<ExternalId> ORDER = Comparator.comparing(ExternalId::system)
            .thenComparing(ExternalId::value);

    @Override
    public String toString() {
        return system + "|" + value;
    }
}
