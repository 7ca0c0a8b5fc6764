package dev.clinic.patient.service;

import java.util.List;

import dev.clinic.patient.domain.Clearance;
import dev.clinic.patient.domain.Contraindication;
import dev.clinic.patient.domain.ContraindicationCode;

/**
 * A derived contraindication on a date, with its clearance: the one covering the date when there
 * is one ({@code cleared}), else the newest standing one (expired, or not yet begun), else none.
 */
public record ContraindicationStatus(ContraindicationCode code, List<String> raisedBy, boolean cleared,
        Clearance clearance) {

    static ContraindicationStatus of(Contraindication contraindication, boolean cleared, Clearance clearance) {
        return new ContraindicationStatus(contraindication.code(), contraindication.raisedBy(), cleared, clearance);
    }
}
