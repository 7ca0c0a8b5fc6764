package dev.clinic.booking.domain;

/** The credentials a practitioner may hold; which ones a modality needs is a booking rule. */
public enum CredentialType {
    PT_LICENSE, LMT_LICENSE, DRY_NEEDLING_CERT, NMT_CERT, CST_CERT, OTHER
}
