package dev.clinic.booking.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * What a jurisdiction requires of a credential type, kept as data (DOMAIN.md: "jurisdiction rules
 * are data"). Reference data shared by every clinic, so it has no tenant column.
 */
@Entity
@Immutable
@Table(name = "jurisdiction_minimum")
public class JurisdictionMinimum {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String jurisdiction;

    @Enumerated(EnumType.STRING)
    @Column(name = "credential_type", nullable = false)
    private CredentialType credentialType;

    @Column(name = "min_training_hours")
    private Integer minTrainingHours;

    @Column(name = "min_licensure_years")
    private Integer minLicensureYears;

    @Column(nullable = false)
    private String source;

    /**
     * Why a credential falls short of this minimum, or empty when it meets it. Only training hours
     * are checked on the credential itself; licensure years depend on other credentials.
     */
    public Optional<String> shortfall(Integer trainingHours) {
        if (minTrainingHours == null || (trainingHours != null && trainingHours >= minTrainingHours)) {
            return Optional.empty();
        }
        String what = credentialType == CredentialType.DRY_NEEDLING_CERT ? "face-to-face dry-needling training"
                : "training for " + credentialType;
        return Optional.of(jurisdiction + " requires at least " + minTrainingHours + " hours of " + what + " ("
                + source + ")" + (trainingHours == null ? "; state the hours" : "; " + trainingHours + " given"));
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public CredentialType getCredentialType() {
        return credentialType;
    }

    public Integer getMinTrainingHours() {
        return minTrainingHours;
    }

    public Integer getMinLicensureYears() {
        return minLicensureYears;
    }

    public String getSource() {
        return source;
    }
}
