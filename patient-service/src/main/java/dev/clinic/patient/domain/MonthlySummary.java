package dev.clinic.patient.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One calendar month of a patient's headache diary, counted over the days of the month that lie
 * inside the requested range ({@code from} to {@code to}).
 *
 * @param meanIntensity mean intensity over the headache days, one decimal; null without headache days
 * @param maxIntensity highest intensity of the month; null without headache days
 * @param migraineDaysChange migraine days minus those of the range's first month; null when this
 *        month or the first one has no recorded day (nothing to compare)
 * @param migraineDaysChangePercent that change as a percentage of the first month's migraine days,
 *        one decimal (negative is a reduction); also null when the first month had no migraine day
 */
public record MonthlySummary(
        YearMonth month,
        LocalDate from,
        LocalDate to,
        int daysCovered,
        int daysRecorded,
        int headacheDays,
        int migraineDays,
        BigDecimal meanIntensity,
        Integer maxIntensity,
        int acuteMedicationDays,
        boolean chronicPattern,
        boolean medicationOveruseRisk,
        Integer migraineDaysChange,
        BigDecimal migraineDaysChangePercent) {
}
