package dev.clinic.patient.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.clinic.platform.problem.ProblemException;

/**
 * The monthly summary of a headache diary: what clinicians look at to see whether treatment
 * works. Months are calendar months; a range that starts or ends mid-month counts only its own
 * days of that month, and every month of the range appears, a month without entries with zeros.
 */
public final class DiarySummary {

    /** Headache on 15 or more days a month is the chronic pattern (seed 001: "15+ days a month"). */
    public static final int CHRONIC_HEADACHE_DAYS = 15;
    /** Acute medication on more than 10 days a month risks medication-overuse headache (seed 003). */
    public static final int MEDICATION_OVERUSE_DAYS = 10;
    /** Longest range one summary covers, in calendar months. */
    public static final int MAX_MONTHS = 24;

    private DiarySummary() {
    }

    /**
     * @param from first day of the range, inclusive
     * @param to last day of the range, inclusive
     * @param days the recorded days; days outside the range are ignored
     * @throws ProblemException 400 when to is before from or the range spans more than {@link #MAX_MONTHS} months
     */
    public static List<MonthlySummary> monthly(LocalDate from, LocalDate to, Collection<DiaryDay> days) {
        checkRange(from, to);
        Map<YearMonth, List<DiaryDay>> byMonth = new TreeMap<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            byMonth.put(month, new ArrayList<>());
        }
        for (DiaryDay day : days) {
            if (!day.date().isBefore(from) && !day.date().isAfter(to)) {
                byMonth.get(YearMonth.from(day.date())).add(day);
            }
        }
        List<MonthlySummary> months = new ArrayList<>(byMonth.size());
        MonthlySummary first = null;
        for (Map.Entry<YearMonth, List<DiaryDay>> month : byMonth.entrySet()) {
            MonthlySummary summary = summarise(month.getKey(), from, to, month.getValue(), first);
            if (first == null) {
                first = summary;
            }
            months.add(summary);
        }
        return months;
    }

    /** The range rule on its own, so a caller can refuse a bad range before reading any data. */
    public static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from (" + from + ")");
        }
        long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
        if (months > MAX_MONTHS) {
            throw ProblemException.invalid("to", "the range may span at most " + MAX_MONTHS
                    + " calendar months; this one spans " + months);
        }
    }

    private static MonthlySummary summarise(YearMonth month, LocalDate rangeFrom, LocalDate rangeTo,
            List<DiaryDay> days, MonthlySummary first) {
        LocalDate from = later(month.atDay(1), rangeFrom);
        LocalDate to = earlier(month.atEndOfMonth(), rangeTo);
        int daysCovered = (int) ChronoUnit.DAYS.between(from, to) + 1;
        int headacheDays = 0;
        int migraineDays = 0;
        int acuteMedicationDays = 0;
        int intensitySum = 0;
        int rated = 0;
        Integer maxIntensity = null;
        for (DiaryDay day : days) {
            if (day.hadHeadache()) {
                headacheDays++;
                if (day.intensity() != null) {
                    intensitySum += day.intensity();
                    rated++;
                    maxIntensity = maxIntensity == null ? day.intensity() : Math.max(maxIntensity, day.intensity());
                }
            }
            if (day.migraine()) {
                migraineDays++;
            }
            if (day.acuteMedication()) {
                acuteMedicationDays++;
            }
        }
        BigDecimal meanIntensity = rated == 0 ? null
                : BigDecimal.valueOf(intensitySum).divide(BigDecimal.valueOf(rated), 1, RoundingMode.HALF_UP);

        int daysRecorded = days.size();
        // The first month is compared with itself: change 0 (and 0 % when it had migraine days).
        int baselineRecorded = first == null ? daysRecorded : first.daysRecorded();
        int baselineMigraineDays = first == null ? migraineDays : first.migraineDays();
        Integer change = null;
        BigDecimal changePercent = null;
        // A month nobody recorded says nothing about migraine days; comparing it would fake a 100 % drop.
        if (daysRecorded > 0 && baselineRecorded > 0) {
            change = migraineDays - baselineMigraineDays;
            if (baselineMigraineDays > 0) {
                changePercent = BigDecimal.valueOf(change * 100L)
                        .divide(BigDecimal.valueOf(baselineMigraineDays), 1, RoundingMode.HALF_UP);
            }
        }
        return new MonthlySummary(month, from, to, daysCovered, daysRecorded, headacheDays, migraineDays,
                meanIntensity, maxIntensity, acuteMedicationDays, headacheDays >= CHRONIC_HEADACHE_DAYS,
                acuteMedicationDays > MEDICATION_OVERUSE_DAYS, change, changePercent);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
