package dev.clinic.patient.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;

class DiarySummaryTest {

    @Test
    void theLastAndFirstDayOfAMonthCountInTheirOwnMonth() {
        List<MonthlySummary> months = DiarySummary.monthly(date("2026-01-01"), date("2026-02-28"), List.of(
                migraine("2026-01-31", 8, true), migraine("2026-02-01", 6, false), free("2026-01-01")));
        assertThat(months).extracting(MonthlySummary::month)
                .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
        MonthlySummary january = months.get(0);
        assertThat(january.daysRecorded()).isEqualTo(2);
        assertThat(january.headacheDays()).isEqualTo(1);
        assertThat(january.migraineDays()).isEqualTo(1);
        assertThat(january.acuteMedicationDays()).isEqualTo(1);
        assertThat(january.maxIntensity()).isEqualTo(8);
        assertThat(january.daysCovered()).isEqualTo(31);
        MonthlySummary february = months.get(1);
        assertThat(february.daysRecorded()).isEqualTo(1);
        assertThat(february.migraineDays()).isEqualTo(1);
        assertThat(february.acuteMedicationDays()).isZero();
        assertThat(february.maxIntensity()).isEqualTo(6);
        assertThat(february.daysCovered()).isEqualTo(28);
    }

    @Test
    void aRangeStartingAndEndingMidMonthCountsOnlyItsOwnDays() {
        List<MonthlySummary> months = DiarySummary.monthly(date("2026-01-20"), date("2026-03-10"), List.of(
                migraine("2026-01-19", 9, true), // before the range
                migraine("2026-01-20", 5, false),
                migraine("2026-03-10", 4, false),
                migraine("2026-03-11", 9, true))); // after the range
        assertThat(months).extracting(MonthlySummary::from, MonthlySummary::to, MonthlySummary::daysCovered)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(date("2026-01-20"), date("2026-01-31"), 12),
                        org.assertj.core.groups.Tuple.tuple(date("2026-02-01"), date("2026-02-28"), 28),
                        org.assertj.core.groups.Tuple.tuple(date("2026-03-01"), date("2026-03-10"), 10));
        assertThat(months.get(0).migraineDays()).isEqualTo(1);
        assertThat(months.get(0).maxIntensity()).isEqualTo(5);
        assertThat(months.get(2).migraineDays()).isEqualTo(1);
        assertThat(months.get(2).acuteMedicationDays()).isZero();
    }

    @Test
    void februaryOfALeapYearHas29Days() {
        List<MonthlySummary> months = DiarySummary.monthly(date("2028-02-01"), date("2028-03-01"), List.of(
                migraine("2028-02-28", 5, false), migraine("2028-02-29", 6, false), migraine("2028-03-01", 7, false)));
        assertThat(months.get(0).daysCovered()).isEqualTo(29);
        assertThat(months.get(0).to()).isEqualTo(date("2028-02-29"));
        assertThat(months.get(0).migraineDays()).isEqualTo(2);
        assertThat(months.get(1).daysCovered()).isEqualTo(1);
        assertThat(months.get(1).migraineDays()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} headache days -> chronic {1}")
    @CsvSource({ "0, false", "14, false", "15, true", "31, true" })
    void chronicPatternFrom15HeadacheDays(int headacheDays, boolean chronic) {
        List<DiaryDay> days = new ArrayList<>();
        IntStream.rangeClosed(1, 31).forEach(d -> days.add(d <= headacheDays
                ? tension(LocalDate.of(2026, 1, d), 4, false)
                : free(LocalDate.of(2026, 1, d).toString())));
        MonthlySummary month = only(DiarySummary.monthly(date("2026-01-01"), date("2026-01-31"), days));
        assertThat(month.headacheDays()).isEqualTo(headacheDays);
        assertThat(month.chronicPattern()).isEqualTo(chronic);
    }

    @ParameterizedTest(name = "{0} acute-medication days -> overuse risk {1}")
    @CsvSource({ "0, false", "10, false", "11, true" })
    void medicationOveruseRiskAbove10Days(int medicationDays, boolean risk) {
        List<DiaryDay> days = new ArrayList<>();
        IntStream.rangeClosed(1, 20).forEach(d -> days.add(tension(LocalDate.of(2026, 4, d), 3, d <= medicationDays)));
        MonthlySummary month = only(DiarySummary.monthly(date("2026-04-01"), date("2026-04-30"), days));
        assertThat(month.acuteMedicationDays()).isEqualTo(medicationDays);
        assertThat(month.medicationOveruseRisk()).isEqualTo(risk);
    }

    @Test
    void medicationOnADayWithoutHeadacheStillCounts() {
        DiaryDay medicatedOnly = new DiaryDay(date("2026-04-02"), false, null, null, true);
        MonthlySummary month = only(DiarySummary.monthly(date("2026-04-01"), date("2026-04-30"), List.of(medicatedOnly)));
        assertThat(month.acuteMedicationDays()).isEqualTo(1);
        assertThat(month.headacheDays()).isZero();
    }

    @ParameterizedTest(name = "baseline {0}, later {1} -> change {2}, {3} %")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "10 | 6  | -4 | -40.0",  // the reduction clinics look for
            "10 | 7  | -3 | -30.0",
            "3  | 2  | -1 | -33.3",
            "3  | 4  | 1  | 33.3",
            "4  | 4  | 0  | 0.0",
            "0  | 3  | 3  | null",   // no migraine day in the first month: no percentage
            "0  | 0  | 0  | null",
    })
    void migraineDaysChangeAgainstTheFirstMonth(int baseline, int later, Integer change, BigDecimal percent) {
        List<DiaryDay> days = new ArrayList<>();
        IntStream.rangeClosed(1, 28).forEach(d -> {
            days.add(d <= baseline ? migraine(LocalDate.of(2026, 2, d)) : free(LocalDate.of(2026, 2, d).toString()));
            days.add(d <= later ? migraine(LocalDate.of(2026, 3, d)) : free(LocalDate.of(2026, 3, d).toString()));
        });
        List<MonthlySummary> months = DiarySummary.monthly(date("2026-02-01"), date("2026-03-31"), days);
        MonthlySummary first = months.get(0);
        assertThat(first.migraineDaysChange()).isZero();
        assertThat(first.migraineDaysChangePercent()).isEqualTo(baseline == 0 ? null : new BigDecimal("0.0"));
        assertThat(months.get(1).migraineDaysChange()).isEqualTo(change);
        assertThat(months.get(1).migraineDaysChangePercent()).isEqualTo(percent);
    }

    @Test
    void aMonthWithoutEntriesIsListedWithZerosAndNoChange() {
        List<MonthlySummary> months = DiarySummary.monthly(date("2026-01-01"), date("2026-03-31"), List.of(
                migraine("2026-01-05", 7, true), migraine("2026-03-05", 5, false)));
        MonthlySummary february = months.get(1);
        assertThat(february.daysRecorded()).isZero();
        assertThat(february.headacheDays()).isZero();
        assertThat(february.migraineDays()).isZero();
        assertThat(february.acuteMedicationDays()).isZero();
        assertThat(february.meanIntensity()).isNull();
        assertThat(february.maxIntensity()).isNull();
        assertThat(february.chronicPattern()).isFalse();
        assertThat(february.medicationOveruseRisk()).isFalse();
        // nothing recorded says nothing: not a 100 % drop
        assertThat(february.migraineDaysChange()).isNull();
        assertThat(february.migraineDaysChangePercent()).isNull();
        assertThat(months.get(2).migraineDaysChange()).isZero();
        assertThat(months.get(2).migraineDaysChangePercent()).isEqualTo(new BigDecimal("0.0"));
    }

    @Test
    void anUnrecordedFirstMonthGivesNoBaseline() {
        List<MonthlySummary> months = DiarySummary.monthly(date("2026-01-01"), date("2026-02-28"), List.of(
                migraine("2026-02-05", 7, false)));
        assertThat(months).extracting(MonthlySummary::migraineDaysChange).containsExactly(null, null);
        assertThat(months).extracting(MonthlySummary::migraineDaysChangePercent).containsExactly(null, null);
    }

    @Test
    void meanIntensityIsOverHeadacheDaysToOneDecimal() {
        MonthlySummary month = only(DiarySummary.monthly(date("2026-05-01"), date("2026-05-31"), List.of(
                migraine("2026-05-01", 6, false), tension(date("2026-05-02"), 7, false), migraine("2026-05-03", 7, false),
                free("2026-05-04"))));
        assertThat(month.meanIntensity()).isEqualTo(new BigDecimal("6.7"));
        assertThat(month.maxIntensity()).isEqualTo(7);
        assertThat(month.headacheDays()).isEqualTo(3);
        assertThat(month.migraineDays()).isEqualTo(2);
        assertThat(month.daysRecorded()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0} .. {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "2026-03-04 | 2026-03-04 | null",
            "2026-01-01 | 2027-12-31 | null",   // 24 calendar months
            "2026-01-31 | 2027-12-01 | null",   // 24 calendar months, partial at both ends
            "2026-01-31 | 2028-01-01 | the range may span at most 24 calendar months; this one spans 25",
            "2026-03-05 | 2026-03-04 | must not be before from (2026-03-05)",
    })
    void rangeRules(LocalDate from, LocalDate to, String message) {
        if (message == null) {
            assertThat(DiarySummary.monthly(from, to, List.of())).isNotEmpty();
            return;
        }
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> DiarySummary.monthly(from, to, List.of()));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.errors()).containsExactly(new FieldError("to", message));
    }

    @Test
    void everyMonthOfA24MonthRangeIsListedInOrder() {
        List<MonthlySummary> months = DiarySummary.monthly(date("2026-01-15"), date("2027-12-15"), List.of());
        assertThat(months).hasSize(24);
        assertThat(months.get(0).month()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(months.get(23).month()).isEqualTo(YearMonth.of(2027, 12));
        assertThat(months).allSatisfy(m -> assertThat(m.daysRecorded()).isZero());
    }

    private static MonthlySummary only(List<MonthlySummary> months) {
        assertThat(months).hasSize(1);
        return months.get(0);
    }

    private static LocalDate date(String value) {
        return LocalDate.parse(value);
    }

    private static DiaryDay migraine(LocalDate date) {
        return new DiaryDay(date, true, HeadacheKind.MIGRAINE, 6, false);
    }

    private static DiaryDay migraine(String date, int intensity, boolean medication) {
        return new DiaryDay(date(date), true, HeadacheKind.MIGRAINE, intensity, medication);
    }

    private static DiaryDay tension(LocalDate date, int intensity, boolean medication) {
        return new DiaryDay(date, true, HeadacheKind.TENSION_TYPE, intensity, medication);
    }

    private static DiaryDay free(String date) {
        return new DiaryDay(date(date), false, null, null, false);
    }
}
