package dev.clinic.patient.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.patient.domain.Answer;
import dev.clinic.patient.domain.NeedlePhobia;
import dev.clinic.patient.domain.Screening;
import dev.clinic.patient.domain.ScreeningAnswers;
import dev.clinic.patient.service.ScreeningService.ScreeningView;

@Schema(name = "Screening", description = "A patient's current health screening and the contraindications it "
        + "raises today (UTC).")
public record ScreeningResponse(
        @Schema(examples = "8c3f1d20-7b6a-4e0f-9c1d-2a3b4c5d6e7f") UUID id,
        @Schema(description = "Row version; also the ETag.", examples = "2") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11") UUID patientId,
        @Schema(examples = "NO") Answer bleedingDisorder,
        @Schema(examples = "YES") Answer anticoagulants,
        @Schema(examples = "NO") Answer pregnant,
        @Schema(examples = "NO") Answer immunocompromised,
        @Schema(examples = "YES") Answer recentSurgery,
        @Schema(examples = "2026-01-20", nullable = true) LocalDate recentSurgeryDate,
        @Schema(examples = "NO") Answer activeSkinInfection,
        @Schema(examples = "left forearm", nullable = true) String activeSkinInfectionSite,
        @Schema(examples = "MILD") NeedlePhobia needlePhobia,
        @Schema(examples = "[\"propranolol 40 mg\"]") List<String> preventiveMedications,
        @Schema(nullable = true, examples = "Warfarin since 2024 for atrial fibrillation.") String notes,
        @Schema(description = "When this screening was recorded (server time).") Instant screenedAt,
        ScreenedBy screenedBy,
        @Schema(description = "The date the contraindications below are derived for: today in UTC.",
                examples = "2026-03-04") LocalDate contraindicationsOn,
        @Schema(description = "Derived from these answers and the birth date; never typed by hand.")
        List<ContraindicationResponse> contraindications) {

    static ScreeningResponse of(ScreeningView view) {
        Screening s = view.screening();
        ScreeningAnswers a = s.answers();
        return new ScreeningResponse(s.getId(), s.getVersion(), s.getCreatedAt(), s.getUpdatedAt(), s.getPatientId(),
                a.bleedingDisorder(), a.anticoagulants(), a.pregnant(), a.immunocompromised(), a.recentSurgery(),
                s.getRecentSurgeryDate(), a.activeSkinInfection(), s.getActiveSkinInfectionSite(), a.needlePhobia(),
                s.getPreventiveMedications(), s.getNotes(), s.getScreenedAt(),
                new ScreenedBy(s.getScreenedBySubject(), s.getScreenedByName()), view.date(),
                view.contraindications().stream().map(ContraindicationResponse::of).toList());
    }
}
