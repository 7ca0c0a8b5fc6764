package dev.clinic.patient.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.patient.domain.DiaryEntry;
import dev.clinic.patient.domain.HeadacheKind;
import dev.clinic.patient.domain.HeadacheTrigger;

@Schema(name = "DiaryEntry", description = "One day of a patient's headache diary.")
public record DiaryEntryResponse(
        @Schema(examples = "0c7d3a52-95b4-4f5e-8d1e-6a2b9c1d4e77") UUID id,
        @Schema(description = "Row version; also the ETag. Send it as `If-Match` when replacing the day.",
                examples = "0") long version,
        @Schema(examples = "2026-03-04T21:05:00Z") Instant createdAt,
        @Schema(examples = "2026-03-04T21:05:00Z") Instant updatedAt,
        @Schema(examples = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11") UUID patientId,
        @Schema(description = "The day (local date).", examples = "2026-03-04") LocalDate date,
        @Schema(examples = "true") boolean hadHeadache,
        @Schema(description = "Null on a day without headache.", nullable = true, examples = "MIGRAINE")
        HeadacheKind kind,
        @Schema(description = "0–10; null on a day without headache.", nullable = true, examples = "7")
        Integer intensity,
        @Schema(description = "Hours; null when not recorded.", nullable = true, examples = "5.5")
        Double durationHours,
        @Schema(examples = "false") boolean aura,
        @Schema(description = "Acute medication taken; empty when none.", examples = "[\"sumatriptan 50 mg\"]")
        List<String> acuteMedication,
        @Schema(description = "Suspected triggers; empty when none.", examples = "[\"STRESS\", \"SKIPPED_MEAL\"]")
        List<HeadacheTrigger> triggers,
        @Schema(description = "Litres; null when not recorded.", nullable = true, examples = "1.75")
        Double hydrationLiters,
        @Schema(nullable = true, examples = "Started after a long screen session.") String notes) {

    static DiaryEntryResponse of(DiaryEntry entry) {
        return new DiaryEntryResponse(entry.getId(), entry.getVersion(), entry.getCreatedAt(), entry.getUpdatedAt(),
                entry.getPatientId(), entry.getDate(), entry.hadHeadache(), entry.getKind(), entry.getIntensity(),
                number(entry.getDurationHours()), entry.hadAura(), entry.getAcuteMedication(), entry.getTriggers(),
                number(entry.getHydrationLiters()), entry.getNotes());
    }

    /** Plain numbers: 1.5 whether it was just sent as 1.5 or read back from the database as 1.50. */
    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
