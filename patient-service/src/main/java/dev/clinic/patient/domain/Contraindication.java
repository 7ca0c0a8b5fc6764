package dev.clinic.patient.domain;

import java.util.List;

/**
 * One derived contraindication: its code and the fields that raised it ({@code birthDate}, or the
 * screening questions, e.g. {@code pregnant}; for UNKNOWN_ANSWER every question still unanswered).
 */
public record Contraindication(ContraindicationCode code, List<String> raisedBy) {

    public Contraindication {
        raisedBy = List.copyOf(raisedBy);
    }
}
