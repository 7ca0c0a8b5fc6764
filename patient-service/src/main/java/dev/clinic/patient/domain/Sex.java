package dev.clinic.patient.domain;

/** Administrative sex, with the lower-case codes of FHIR's AdministrativeGender, as the API spells them. */
public enum Sex {
    female, male, other, unknown
}
