package dev.clinic.patient.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period a clinician's clearance of one contraindication covers: from clearedOn to validUntil,
 * both days included; open-ended when validUntil is null.
 */
public record ClearanceTerm(ContraindicationCode code, LocalDate clearedOn, LocalDate validUntil) {

    public ClearanceTerm {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(clearedOn, "clearedOn");
    }

    public boolean coversDate(LocalDate date) {
        return !date.isBefore(clearedOn) && (validUntil == null || !date.isAfter(validUntil));
    }
}
