package dev.clinic.booking.domain;

/** The treatments the clinics offer; the same words patient-service answers eligibility for. */
public enum Modality {
    DRY_NEEDLING, MASSAGE
}
