package dev.clinic.patient.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Whom to call if something happens during treatment. */
@Embeddable
public record EmergencyContact(
        @Column(name = "emergency_contact_name") String name,
        @Column(name = "emergency_contact_phone") String phone,
        @Column(name = "emergency_contact_relationship") String relationship) {
}
