package dev.clinic.patient.domain;

/**
 * Why a patient is not (or only with care) eligible: the contraindication codes, two of eligibility's
 * own, and the two generic codes that front-desk and patient callers see instead of the others.
 */
public enum EligibilityReason {
    AGE_UNDER_12,
    BLEEDING_DISORDER,
    ANTICOAGULANTS,
    PREGNANCY,
    IMMUNOCOMPROMISED,
    RECENT_SURGERY,
    ACTIVE_SKIN_INFECTION,
    SEVERE_NEEDLE_PHOBIA,
    UNKNOWN_ANSWER,
    /** The patient has no screening at all. */
    NOT_SCREENED,
    /** The consent the modality needs is missing or revoked on the date. Also a generic code. */
    CONSENT_REQUIRED,
    /** Generic: a clinician must review the patient's screening first. */
    CLINICAL_REVIEW_REQUIRED;

    static EligibilityReason of(ContraindicationCode code) {
        return valueOf(code.name());
    }

    /** What a caller who may not see clinical reasons is told instead. */
    public EligibilityReason generic() {
        return this == CONSENT_REQUIRED ? CONSENT_REQUIRED : CLINICAL_REVIEW_REQUIRED;
    }
}
