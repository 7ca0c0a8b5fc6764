package dev.clinic.patient.domain;

/** What a contraindication was derived from. */
public enum ContraindicationSource {
    BIRTH_DATE, SCREENING
}
