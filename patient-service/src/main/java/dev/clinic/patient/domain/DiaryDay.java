package dev.clinic.patient.domain;

import java.time.LocalDate;

/**
 * What the monthly summary needs to know of one diary day; the summary is computed from these,
 * so it can be tested without a database.
 *
 * @param intensity 0 to 10 on a headache day, null on a day without headache
 * @param acuteMedication whether any acute (rescue) medication was taken that day
 */
public record DiaryDay(LocalDate date, boolean hadHeadache, HeadacheKind kind, Integer intensity,
        boolean acuteMedication) {

    public boolean migraine() {
        return hadHeadache && kind == HeadacheKind.MIGRAINE;
    }
}
