package dev.clinic.patient.domain;

/** What a contraindication does to eligibility for dry needling. */
public enum DryNeedlingEffect {
    /** Never eligible while it holds; no clearance can lift it. */
    ABSOLUTE,
    /** Blocks until a clinician records a clearance valid on the treatment date. */
    BLOCKS_UNTIL_CLEARED,
    /** Blocks until the screening question is answered YES or NO; cannot be cleared. */
    BLOCKS_UNTIL_ANSWERED
}
