package dev.clinic.patient.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.persistence.TenantEntity;
import dev.clinic.platform.problem.ProblemException;

/** A patient of one clinic. Never deleted: archived, and unarchived again if need be. */
@Entity
@Table(name = "patient")
public class Patient extends TenantEntity {

    /** Birth dates before this are typing errors, not patients. */
    public static final String EARLIEST_BIRTH_DATE = "1900-01-01";

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

    @Embedded
    private Address address;

    @Embedded
    private EmergencyContact emergencyContact;

    /** Few per patient and part of every representation, so loaded with the patient, a page's worth at a time. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "patient_external_id", joinColumns = @JoinColumn(name = "patient_id"))
    @BatchSize(size = PageParams.MAX_LIMIT)
    private Set<ExternalId> externalIds = new HashSet<>();

    /** Folded names, email and phone digits (see {@link SearchText}); rewritten with every change of those. */
    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "archived_at")
    private Instant archivedAt;

    /** Replaces the demographics; server-owned fields (id, clinic, version, timestamps, archive) stay. */
    public void replaceDemographics(Demographics d) {
        this.givenName = d.givenName();
        this.familyName = d.familyName();
        this.preferredName = d.preferredName();
        this.birthDate = d.birthDate();
        this.sex = d.sex();
        this.email = d.email();
        this.phone = d.phone();
        this.address = d.address();
        this.emergencyContact = d.emergencyContact();
        // Changed in place: Hibernate then writes only the ids that came or went.
        Set<ExternalId> wanted = Set.copyOf(d.externalIds());
        this.externalIds.retainAll(wanted);
        this.externalIds.addAll(wanted);
        this.searchText = SearchText.document(givenName, familyName, preferredName, email, phone);
    }

    /** @return false when the patient was archived already (archiving again changes nothing) */
    public boolean archive(Instant at) {
        if (isArchived()) {
            return false;
        }
        archivedAt = at;
        return true;
    }

    /** @return false when the patient was not archived (nothing to undo) */
    public boolean unarchive() {
        if (!isArchived()) {
            return false;
        }
        archivedAt = null;
        return true;
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

    /** Null when none was given. */
    public Address getAddress() {
        return address;
    }

    /** Null when none was given. */
    public EmergencyContact getEmergencyContact() {
        return emergencyContact;
    }

    /** In a stable order (system, then value). */
    public List<ExternalId> getExternalIds() {
        return externalIds.stream().sorted(ExternalId.ORDER).toList();
    }

    public String getSearchText() {
        return searchText;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }
}
