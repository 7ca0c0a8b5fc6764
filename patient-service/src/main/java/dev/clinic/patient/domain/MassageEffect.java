package dev.clinic.patient.domain;

/** What a contraindication does to eligibility for massage: at most a warning, never a blocker. */
public enum MassageEffect {
    WARNING, NONE
}
