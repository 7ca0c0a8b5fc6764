package dev.clinic.booking.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import dev.clinic.platform.persistence.TenantEntity;

/** A licence or certification of a practitioner, valid from {@code issuedOn} until {@code expiresOn}. */
@Entity
@Table(name = "credential")
public class Credential extends TenantEntity {

    @Column(name = "practitioner_id", nullable = false, updatable = false)
    private UUID practitionerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CredentialType type;

    @Column(nullable = false)
    private String jurisdiction;

    @Column(nullable = false)
    private String number;

    private String issuer;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "training_hours")
    private Integer trainingHours;

    protected Credential() {
    }

    public Credential(UUID practitionerId, CredentialType type, String jurisdiction, String number, String issuer,
            LocalDate issuedOn, LocalDate expiresOn, Integer trainingHours) {
        this.practitionerId = practitionerId;
        this.type = type;
        this.jurisdiction = jurisdiction;
        this.number = number;
        this.issuer = issuer;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
        this.trainingHours = trainingHours;
    }

    /** Valid on a day from its issue date up to and including its expiry date. */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(issuedOn) && (expiresOn == null || !date.isAfter(expiresOn));
    }

    public UUID getPractitionerId() {
        return practitionerId;
    }

    public CredentialType getType() {
        return type;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public String getNumber() {
        return number;
    }

    public String getIssuer() {
        return issuer;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Integer getTrainingHours() {
        return trainingHours;
    }
}
