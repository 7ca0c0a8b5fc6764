package dev.clinic.booking.domain;

/** The massage techniques an appointment type (and a practitioner) may offer. */
public enum MassageTechnique {
    CRANIOSACRAL, MYOFASCIAL_RELEASE, NEUROMUSCULAR, SWEDISH
}
