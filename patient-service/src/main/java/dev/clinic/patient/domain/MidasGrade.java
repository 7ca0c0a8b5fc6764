package dev.clinic.patient.domain;

/** Migraine-related disability, by MIDAS total. */
public enum MidasGrade {
    /** 0 to 5: little or no disability. */
    I,
    /** 6 to 10: mild disability. */
    II,
    /** 11 to 20: moderate disability. */
    III,
    /** 21 or more: severe disability. */
    IV;

    public static MidasGrade of(int total) {
        if (total < 0 || total > Midas.MAX_TOTAL) {
            throw new IllegalArgumentException("a MIDAS total lies between 0 and 450, not " + total);
        }
        if (total <= 5) {
            return I;
        }
        if (total <= 10) {
            return II;
        }
        return total <= 20 ? III : IV;
    }
}
