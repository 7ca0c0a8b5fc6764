package dev.clinic.patient.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.clinic.platform.persistence.TenantEntity;

/**
 * A patient's current health screening: one per patient, replaced whole. Every version is copied
 * into {@code screening_revision} by the database, so earlier answers are never lost.
 */
@Entity
@Table(name = "screening")
public class Screening extends TenantEntity {

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "bleeding_disorder", nullable = false)
    private Answer bleedingDisorder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Answer anticoagulants;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Answer pregnant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Answer immunocompromised;

    @Enumerated(EnumType.STRING)
    @Column(name = "recent_surgery", nullable = false)
    private Answer recentSurgery;

    @Column(name = "recent_surgery_date")
    private LocalDate recentSurgeryDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "active_skin_infection", nullable = false)
    private Answer activeSkinInfection;

    @Column(name = "active_skin_infection_site")
    private String activeSkinInfectionSite;

    @Enumerated(EnumType.STRING)
    @Column(name = "needle_phobia", nullable = false)
    private NeedlePhobia needlePhobia;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "preventive_medications", nullable = false)
    private List<String> preventiveMedications = new ArrayList<>();

    private String notes;

    @Column(name = "screened_at", nullable = false)
    private Instant screenedAt;

    @Column(name = "screened_by_subject", nullable = false)
    private String screenedBySubject;

    @Column(name = "screened_by_name", nullable = false)
    private String screenedByName;

    protected Screening() {
    }

    public Screening(UUID patientId) {
        this.patientId = patientId;
    }

    /** The whole screening as the clinician recorded it now; nothing of the previous answers survives here. */
    public void record(ScreeningAnswers answers, LocalDate recentSurgeryDate, String activeSkinInfectionSite,
            List<String> preventiveMedications, String notes, Instant screenedAt, String screenedBySubject,
            String screenedByName) {
        this.bleedingDisorder = answers.bleedingDisorder();
        this.anticoagulants = answers.anticoagulants();
        this.pregnant = answers.pregnant();
        this.immunocompromised = answers.immunocompromised();
        this.recentSurgery = answers.recentSurgery();
        this.recentSurgeryDate = recentSurgeryDate;
        this.activeSkinInfection = answers.activeSkinInfection();
        this.activeSkinInfectionSite = activeSkinInfectionSite;
        this.needlePhobia = answers.needlePhobia();
        this.preventiveMedications = new ArrayList<>(preventiveMedications);
        this.notes = notes;
        this.screenedAt = screenedAt;
        this.screenedBySubject = screenedBySubject;
        this.screenedByName = screenedByName;
    }

    public ScreeningAnswers answers() {
        return new ScreeningAnswers(bleedingDisorder, anticoagulants, pregnant, immunocompromised, recentSurgery,
                activeSkinInfection, needlePhobia);
    }

    public UUID getPatientId() {
        return patientId;
    }

    public LocalDate getRecentSurgeryDate() {
        return recentSurgeryDate;
    }

    public String getActiveSkinInfectionSite() {
        return activeSkinInfectionSite;
    }

    public List<String> getPreventiveMedications() {
        return List.copyOf(preventiveMedications);
    }

    public String getNotes() {
        return notes;
    }

    public Instant getScreenedAt() {
        return screenedAt;
    }

    public String getScreenedBySubject() {
        return screenedBySubject;
    }

    public String getScreenedByName() {
        return screenedByName;
    }
}
