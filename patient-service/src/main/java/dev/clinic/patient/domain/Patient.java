package dev.clinic.patient.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import dev.clinic.platform.persistence.TenantEntity;
import dev.clinic.platform.problem.ProblemException;

/** A patient of one clinic. Never deleted: archived, and unarchived again if need be. */
@Entity
@Table(name = "patient")
public class Patient extends TenantEntity {

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "preferred_name")
    private String preferredName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    private String email;

    private String phone;

    @Column(name = "archived_at")
    private Instant archivedAt;

    /** Replaces the demographics; server-owned fields (id, clinic, version, timestamps) stay. */
    public void replaceDemographics(String givenName, String familyName, String preferredName, LocalDate birthDate,
            Sex sex, String email, String phone) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.preferredName = preferredName;
        this.birthDate = birthDate;
        this.sex = sex;
        this.email = email;
        this.phone = phone;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    /** An archived patient's record is read-only: clinical and diary writes are refused until unarchived. */
    public void requireActive() {
        if (isArchived()) {
            throw ProblemException.conflict("patient-archived",
                    "Patient " + getId() + " is archived; unarchive the patient before changing their record",
                    Map.of("patientId", getId(), "archivedAt", archivedAt));
        }
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getPreferredName() {
        return preferredName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }
}
