package dev.clinic.patient.domain;

/** What a consent form covers. */
public enum ConsentType {
    /** Written informed consent to dry needling; required before any needling. */
    DRY_NEEDLING_INFORMED,
    /** Consent to massage; its absence is a warning, not a blocker. */
    MASSAGE,
    /** Consent to share records with others (an EHR, a referring physician). */
    DATA_SHARING
}
