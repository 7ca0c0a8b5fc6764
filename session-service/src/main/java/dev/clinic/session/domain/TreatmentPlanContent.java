package dev.clinic.session.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * What a practitioner writes in a treatment plan. The numbers and the review date may be null
 * (not given); {@link TreatmentPlanSchedule#withDefaults} fills them from the four-week roadmap.
 */
public record TreatmentPlanContent(
        UUID patientId,
        Modality modality,
        List<String> goals,
        List<String> diagnosisCodes,
        Integer plannedSessions,
        Integer sessionsPerWeek,
        LocalDate startDate,
        LocalDate reviewDate) {

    public TreatmentPlanContent {
        // copies that keep null elements, so the rules can name them
        goals = goals == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(goals));
        diagnosisCodes = diagnosisCodes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(diagnosisCodes));
    }
}
