package dev.clinic.session.domain;

/** A session is written as a draft and becomes a legal record when its practitioner signs it. */
public enum SessionStatus {
    DRAFT, SIGNED
}
