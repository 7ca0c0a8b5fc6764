package dev.clinic.session.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.clinic.session.domain.Modality;
import dev.clinic.session.domain.TreatmentPlanContent;
import dev.clinic.session.domain.TreatmentPlanSchedule;
import dev.clinic.session.domain.TreatmentPlanStatus;

/**
 * A treatment plan as a practitioner writes it, for create and replace alike. The derived and
 * server-owned values a client read (`practitionerId`, `progress`, id, version, timestamps) may be
 * sent back and are ignored, so a read-modify-write needs no editing of the body.
 */
@JsonIgnoreProperties({ "practitionerId", "progress" })
@Schema(name = "TreatmentPlanRequest", description = "A treatment plan as its practitioner writes it. Values left "
        + "out follow the four-week starter roadmap: 4 sessions, 1 a week, review 4 weeks after the start.")
public record TreatmentPlanRequest(
        @NotNull @Schema(description = "The patient (patient-service's id). Fixed once the plan exists.",
                examples = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11", required = true) UUID patientId,
        @NotNull @Schema(description = "The treatment the plan is for. Fixed once the plan exists.",
                examples = "DRY_NEEDLING", required = true) Modality modality,
        @Size(max = TreatmentPlanSchedule.MAX_GOALS, message = "must have at most 20 goals")
        @Schema(description = "What the treatment should achieve, at most 20 goals of at most 1000 characters.",
                examples = "[\"Halve headache days within 4 weeks\", \"Full cervical rotation without pain\"]")
        List<@NotBlank @Size(max = TreatmentPlanSchedule.MAX_GOAL_LENGTH) String> goals,
        @Size(max = TreatmentPlanSchedule.MAX_DIAGNOSIS_CODES, message = "must have at most 12 codes")
        @Schema(description = "ICD-10-CM codes, upper case with their dot (`[A-TV-Z][0-9][0-9AB](\\.[0-9A-TV-Z]{1,4})?`), "
                + "each at most once; at most 12. The syntax is checked, not membership in the code set.",
                examples = "[\"G44.209\", \"M79.18\"]")
        List<@NotNull @Size(max = 10) String> diagnosisCodes,
        @Min(1) @Max(TreatmentPlanSchedule.MAX_PLANNED_SESSIONS)
        @Schema(description = "Sessions the plan foresees, 1 to 52.", defaultValue = "4", examples = "4")
        Integer plannedSessions,
        @Min(1) @Max(TreatmentPlanSchedule.MAX_SESSIONS_PER_WEEK)
        @Schema(description = "Sessions a week, 1 to 7.", defaultValue = "1", examples = "1") Integer sessionsPerWeek,
        @NotNull @Schema(description = "First day of the plan.", examples = "2026-03-02", required = true)
        LocalDate startDate,
        @Schema(description = "Day of the review, not before `startDate`; default 4 weeks after `startDate`. "
                + "Signed sessions up to the end of this day count towards the plan.", examples = "2026-03-30")
        LocalDate reviewDate,
        @Schema(description = "Ignored on create (a new plan is ACTIVE). On replace: leave out to keep the "
                + "status; COMPLETED or DISCONTINUED closes the plan for good.", examples = "ACTIVE")
        TreatmentPlanStatus status) {

    TreatmentPlanContent content() {
        return new TreatmentPlanContent(patientId, modality, goals, diagnosisCodes, plannedSessions, sessionsPerWeek,
                startDate, reviewDate);
    }
}
