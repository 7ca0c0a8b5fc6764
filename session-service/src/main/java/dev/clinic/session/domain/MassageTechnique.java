package dev.clinic.session.domain;

/** The technique of a massage session; dry-needling sessions have none. */
public enum MassageTechnique {
    CRANIOSACRAL, MYOFASCIAL_RELEASE, NEUROMUSCULAR, SWEDISH
}
