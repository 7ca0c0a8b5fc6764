package dev.clinic.session.domain;

/** What kind of treatment a session is. */
public enum Modality {
    DRY_NEEDLING, MASSAGE
}
