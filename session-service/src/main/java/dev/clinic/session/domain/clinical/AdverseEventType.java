package dev.clinic.session.domain.clinical;

/** What went wrong after a treatment (DOMAIN.md; seeds 001, 002, 003). */
public enum AdverseEventType {
    SORENESS,
    BRUISING,
    BLEEDING,
    HEADACHE,
    FATIGUE,
    DIZZINESS,
    FAINTING,
    SYMPTOM_FLARE,
    INFECTION,
    NERVE_IRRITATION,
    PNEUMOTHORAX
}
