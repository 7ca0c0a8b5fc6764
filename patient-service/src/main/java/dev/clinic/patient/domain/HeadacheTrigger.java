package dev.clinic.patient.domain;

/** What the patient thinks set a headache off; the common triggers clinics ask about. */
public enum HeadacheTrigger {
    STRESS, CAFFEINE, SKIPPED_MEAL, HORMONAL, FLASHING_LIGHTS, SLEEP, OTHER
}
