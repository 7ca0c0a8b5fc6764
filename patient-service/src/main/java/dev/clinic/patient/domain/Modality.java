package dev.clinic.patient.domain;

/** The treatments the clinics offer, as eligibility is asked for them. */
public enum Modality {
    DRY_NEEDLING, MASSAGE
}
