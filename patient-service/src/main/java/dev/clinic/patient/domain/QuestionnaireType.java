package dev.clinic.patient.domain;

/** The validated headache questionnaires the clinic scores. */
public enum QuestionnaireType {
    /** Headache Impact Test: six answers on a five-step frequency scale, total 36 to 78. */
    HIT6,
    /** Migraine Disability Assessment: five counts of days (0 to 90) lost over the last three months. */
    MIDAS
}
