package dev.clinic.patient.domain;

/** The kind of headache a diary day records. */
public enum HeadacheKind {
    MIGRAINE, TENSION_TYPE, CERVICOGENIC, OTHER
}
