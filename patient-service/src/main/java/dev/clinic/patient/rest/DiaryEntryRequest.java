package dev.clinic.patient.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.patient.domain.DiaryEntryContent;
import dev.clinic.patient.domain.HeadacheKind;
import dev.clinic.patient.domain.HeadacheTrigger;

/** One day of the headache diary, as a client records it. */
@Schema(name = "DiaryEntryRequest", description = "One day of the headache diary. Recording a date that already "
        + "has an entry replaces that entry as a whole. On a headache day `kind` and `intensity` are required; on a "
        + "day without headache `kind`, `intensity` and `durationHours` must be absent and `aura` false.")
// patientId comes from the path; a client may send back an entry it read without it being applied.
@JsonIgnoreProperties({ "patientId" })
public record DiaryEntryRequest(
        @NotNull
        @Schema(required = true, description = "The day, a local date. Not in the future: refused only when that "
                + "day has not begun anywhere on Earth yet (the service does not know the patient's time zone).",
                examples = "2026-03-04")
        LocalDate date,

        @NotNull
        @Schema(required = true, description = "Whether the patient had a headache that day.", examples = "true")
        Boolean hadHeadache,

        @Schema(description = "Required on a headache day, absent otherwise.", examples = "MIGRAINE")
        HeadacheKind kind,

        @Min(0) @Max(10)
        @Schema(description = "Worst pain of the day on the 0–10 numeric rating scale (LOINC 72514-3). Required on a "
                + "headache day, absent otherwise.", minimum = "0", maximum = "10", examples = "7")
        Integer intensity,

        @DecimalMin("0") @DecimalMax("72") @Digits(integer = 2, fraction = 2)
        @Schema(description = "How long the headache lasted, in hours (up to two decimals); headache days only.",
                minimum = "0", maximum = "72", examples = "5.5")
        BigDecimal durationHours,

        @Schema(description = "Whether an aura came with the headache; false or absent on a day without headache. "
                + "Default false.", examples = "false")
        Boolean aura,

        @Size(max = 20)
        @Schema(description = "Acute (rescue) medication taken that day, as free text, at most 20. A day with any "
                + "counts towards `acuteMedicationDays` in the summary.", examples = "[\"sumatriptan 50 mg\"]")
        List<@NotBlank @Size(max = 100) String> acuteMedication,

        @Size(max = 20)
        @Schema(description = "Suspected triggers; a trigger named twice counts once.",
                examples = "[\"STRESS\", \"SKIPPED_MEAL\"]")
        List<@NotNull HeadacheTrigger> triggers,

        @DecimalMin("0") @DecimalMax("10") @Digits(integer = 2, fraction = 2)
        @Schema(description = "Water drunk that day, in litres (up to two decimals).", minimum = "0", maximum = "10",
                examples = "1.75")
        BigDecimal hydrationLiters,

        @Size(max = 2000)
        @Schema(description = "Anything else the patient wants to note.", maxLength = 2000,
                examples = "Started after a long screen session.")
        String notes) {

    DiaryEntryContent content() {
        return new DiaryEntryContent(date, hadHeadache, kind, intensity, durationHours, Boolean.TRUE.equals(aura),
                acuteMedication == null ? List.of() : acuteMedication.stream().map(String::strip).toList(),
                triggers, hydrationLiters, notes == null || notes.isBlank() ? null : notes.strip());
    }
}
