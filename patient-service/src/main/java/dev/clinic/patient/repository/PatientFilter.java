package dev.clinic.patient.repository;

import java.time.LocalDate;

import dev.clinic.patient.domain.ExternalId;

/**
 * What a patient list is narrowed to; every part is optional and they combine (AND).
 *
 * @param q free text matched against names, email and phone (see {@code SearchText})
 * @param birthDate exact date of birth
 * @param externalId an EHR identifier
 * @param includeArchived list archived patients too (sync lists always do)
 */
public record PatientFilter(String q, LocalDate birthDate, ExternalId externalId, boolean includeArchived) {

    public static final PatientFilter NONE = new PatientFilter(null, null, null, false);

    /** A search looks for particular patients; a plain list walks them all. Audited differently. */
    public boolean isSearch() {
        return (q != null && !q.isBlank()) || birthDate != null || externalId != null;
    }
}
