package dev.clinic.session.domain.clinical;

/** The rules checked when a session is signed; each failure names one of them. */
public enum SigningRule {
    /** A dry-needling session records at least one needling site. */
    NEEDLING_SITE_REQUIRED,
    /** A dry-needling session records that the skin was checked afterwards. */
    SKIN_CHECK_REQUIRED,
    /** Needling over the thorax needs the pneumothorax advice given (common practice). */
    PNEUMOTHORAX_ADVICE_REQUIRED,
    /** A massage session records no needling sites. */
    NEEDLING_SITES_NOT_ALLOWED,
    /**
     * The patient is not eligible for dry needling on the session date. patient-service decides it;
     * the service adds this finding with {@link SigningCheck#withViolation}.
     */
    PATIENT_NOT_ELIGIBLE,
    /** Warning only: a patient's first dry-needling session with more needles than advised (003). */
    FIRST_SESSION_MANY_NEEDLES
}
