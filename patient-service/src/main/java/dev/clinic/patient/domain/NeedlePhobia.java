package dev.clinic.patient.domain;

/** How strongly a patient fears needles; SEVERE blocks dry needling until a clinician clears it. */
public enum NeedlePhobia {
    NONE, MILD, SEVERE
}
