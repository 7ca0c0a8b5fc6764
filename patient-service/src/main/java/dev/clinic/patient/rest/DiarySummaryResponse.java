package dev.clinic.patient.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.patient.domain.MonthlySummary;
import dev.clinic.patient.service.DiaryService;

@Schema(name = "DiarySummary", description = "A patient's headache diary per calendar month of a range. Every month "
        + "of the range is listed, in order; a month without entries has zero counts and `daysRecorded` 0. The first "
        + "and last month count only the days inside the range (see `from`, `to`, `daysCovered`).")
public record DiarySummaryResponse(
        @Schema(examples = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11") UUID patientId,
        @Schema(description = "First day of the range, inclusive.", examples = "2026-01-01") LocalDate from,
        @Schema(description = "Last day of the range, inclusive.", examples = "2026-03-31") LocalDate to,
        @Schema(description = "One summary per calendar month, oldest first.") List<Month> months) {

    @Schema(name = "DiaryMonthSummary", description = "One calendar month of the diary.")
    public record Month(
            @Schema(description = "The calendar month, YYYY-MM.", pattern = "^\\d{4}-\\d{2}$", examples = "2026-02")
            String month,
            @Schema(description = "First day of this month inside the range.", examples = "2026-02-01")
            LocalDate from,
            @Schema(description = "Last day of this month inside the range.", examples = "2026-02-28")
            LocalDate to,
            @Schema(description = "Days from `from` to `to`, both included.", examples = "28")
            int daysCovered,
            @Schema(description = "Days with a diary entry (with or without headache).", examples = "27")
            int daysRecorded,
            @Schema(description = "Days with a headache of any kind.", examples = "9")
            int headacheDays,
            @Schema(description = "Days with a migraine.", examples = "6")
            int migraineDays,
            @Schema(description = "Mean intensity (0–10) over the headache days, one decimal; null without "
                    + "headache days.", nullable = true, examples = "6.3")
            BigDecimal meanIntensity,
            @Schema(description = "Highest intensity; null without headache days.", nullable = true, examples = "8")
            Integer maxIntensity,
            @Schema(description = "Days on which acute (rescue) medication was taken.", examples = "5")
            int acuteMedicationDays,
            @Schema(description = "Headache on 15 or more days of the month: the chronic pattern.", examples = "false")
            boolean chronicPattern,
            @Schema(description = "Acute medication on more than 10 days of the month: risk of "
                    + "medication-overuse headache.", examples = "false")
            boolean medicationOveruseRisk,
            @Schema(description = "Migraine days minus those of the range's first month (negative is fewer; 0 for "
                    + "the first month itself). Null when this month or the first month has no recorded day.",
                    nullable = true, examples = "-4")
            Integer migraineDaysChange,
            @Schema(description = "`migraineDaysChange` as a percentage of the first month's migraine days, one "
                    + "decimal (-33.3 is a third fewer; clinics look for 30–40 % fewer). Null when the change is "
                    + "null or the first month had no migraine day.", nullable = true, examples = "-40.0")
            BigDecimal migraineDaysChangePercent) {

        static Month of(MonthlySummary m) {
            return new Month(m.month().toString(), m.from(), m.to(), m.daysCovered(), m.daysRecorded(),
                    m.headacheDays(), m.migraineDays(), m.meanIntensity(), m.maxIntensity(), m.acuteMedicationDays(),
                    m.chronicPattern(), m.medicationOveruseRisk(), m.migraineDaysChange(),
                    m.migraineDaysChangePercent());
        }
    }

    static DiarySummaryResponse of(DiaryService.Summary summary) {
        return new DiarySummaryResponse(summary.patientId(), summary.from(), summary.to(),
                summary.months().stream().map(Month::of).toList());
    }
}
