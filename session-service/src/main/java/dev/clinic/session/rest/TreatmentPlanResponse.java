package dev.clinic.session.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.session.domain.Modality;
import dev.clinic.session.domain.TreatmentPlan;
import dev.clinic.session.domain.TreatmentPlanSchedule;
import dev.clinic.session.domain.TreatmentPlanStatus;
import dev.clinic.session.service.TreatmentPlanService.TrackedPlan;

@Schema(name = "TreatmentPlan", description = "A patient's course of treatment in one modality, with its progress.")
public record TreatmentPlanResponse(
        @Schema(examples = "0e6b9a52-7c3d-4f1e-8a2b-5c4d3e2f1a0b") UUID id,
        @Schema(description = "Row version; also the ETag.", examples = "0") long version,
        @Schema(examples = "2026-03-02T09:15:00Z") Instant createdAt,
        @Schema(examples = "2026-03-02T09:15:00Z") Instant updatedAt,
        @Schema(examples = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11") UUID patientId,
        @Schema(nullable = true, description = "Who made the plan: booking-service's practitioner id (null only on "
                + "plans made before plans were linked to practitioners). A colleague replacing the plan does not "
                + "change it.", examples = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f") UUID practitionerId,
        @Schema(examples = "DRY_NEEDLING") Modality modality,
        @Schema(examples = "[\"Halve headache days within 4 weeks\"]") List<String> goals,
        @Schema(description = "ICD-10-CM codes.", examples = "[\"G44.209\", \"M79.18\"]") List<String> diagnosisCodes,
        @Schema(examples = "4") int plannedSessions,
        @Schema(examples = "1") int sessionsPerWeek,
        @Schema(examples = "2026-03-02") LocalDate startDate,
        @Schema(examples = "2026-03-30") LocalDate reviewDate,
        @Schema(description = "ACTIVE until completed or discontinued; a closed plan no longer changes.",
                examples = "ACTIVE") TreatmentPlanStatus status,
        Progress progress) {

    @Schema(name = "PlanProgress", description = "Derived on every read from the SIGNED sessions of the plan's "
            + "patient and modality that started between `startDate` 00:00 UTC and the end of `reviewDate` (UTC).")
    public record Progress(
            @Schema(description = "Signed sessions counted towards the plan.", examples = "1") int sessionsSigned,
            @Schema(description = "Planned sessions not yet signed; never below 0.", examples = "3")
            int sessionsRemaining,
            @Schema(description = "The review date while the plan is ACTIVE (also once it has passed); null once "
                    + "the plan is closed.", nullable = true, examples = "2026-03-30") LocalDate nextReviewDue) {

        static Progress of(TreatmentPlanSchedule.Progress p) {
            return new Progress(p.sessionsSigned(), p.sessionsRemaining(), p.nextReviewDue());
        }
    }

    static TreatmentPlanResponse of(TrackedPlan tracked) {
        TreatmentPlan p = tracked.plan();
        return new TreatmentPlanResponse(p.getId(), p.getVersion(), p.getCreatedAt(), p.getUpdatedAt(),
                p.getPatientId(), p.getPractitionerId(), p.getModality(), p.getGoals(), p.getDiagnosisCodes(),
                p.getPlannedSessions(), p.getSessionsPerWeek(), p.getStartDate(), p.getReviewDate(), p.getStatus(),
                Progress.of(tracked.progress()));
    }
}
