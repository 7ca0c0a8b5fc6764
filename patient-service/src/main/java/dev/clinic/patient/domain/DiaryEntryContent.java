package dev.clinic.patient.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a patient records for one day, without the server-owned fields. Lists are never null
 * (empty when nothing was taken or noticed).
 */
public record DiaryEntryContent(
        LocalDate date,
        boolean hadHeadache,
        HeadacheKind kind,
        Integer intensity,
        BigDecimal durationHours,
        boolean aura,
        List<String> acuteMedication,
        List<HeadacheTrigger> triggers,
        BigDecimal hydrationLiters,
        String notes) {

    public DiaryEntryContent {
        acuteMedication = acuteMedication == null ? List.of() : List.copyOf(acuteMedication);
        // A trigger named twice is still one trigger.
        triggers = triggers == null ? List.of() : triggers.stream().distinct().toList();
    }
}
