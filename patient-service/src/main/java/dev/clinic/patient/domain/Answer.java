package dev.clinic.patient.domain;

/** A screening question's answer. UNKNOWN is an answer in its own right: it blocks dry needling until answered. */
public enum Answer {
    YES, NO, UNKNOWN
}
