package dev.clinic.patient.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.clinic.patient.domain.Answer;
import dev.clinic.patient.domain.NeedlePhobia;
import dev.clinic.patient.domain.ScreeningAnswers;

/**
 * A whole screening, as a clinician records it. What the server derives or owns (screenedAt,
 * screenedBy, contraindications...) is ignored when a client sends back what it read.
 */
@JsonIgnoreProperties({ "patientId", "screenedAt", "screenedBy", "contraindicationsOn", "contraindications" })
@Schema(name = "ScreeningRequest", description = "The screening answers; a PUT replaces every answer. "
        + "UNKNOWN is a valid answer and blocks dry needling until answered.")
public record ScreeningRequest(
        @NotNull
        @Schema(required = true, examples = "NO",
                description = "Haemophilia, von Willebrand disease or another bleeding disorder.")
        Answer bleedingDisorder,
        @NotNull
        @Schema(required = true, examples = "YES", description = "Takes anticoagulants (e.g. warfarin, apixaban).")
        Answer anticoagulants,
        @NotNull @Schema(required = true, examples = "NO") Answer pregnant,
        @NotNull @Schema(required = true, examples = "NO", description = "Immunosuppressed by illness or medication.")
        Answer immunocompromised,
        @NotNull @Schema(required = true, examples = "YES", description = "Surgery in the recent past.")
        Answer recentSurgery,
        @Schema(examples = "2026-01-20",
                description = "When the surgery was; only with recentSurgery YES, not in the future.")
        LocalDate recentSurgeryDate,
        @NotNull @Schema(required = true, examples = "NO", description = "An active skin infection.")
        Answer activeSkinInfection,
        @Size(max = 200)
        @Schema(examples = "left forearm", description = "Where the infection is; only with activeSkinInfection YES.")
        String activeSkinInfectionSite,
        @NotNull @Schema(required = true, examples = "MILD") NeedlePhobia needlePhobia,
        @Size(max = 50) @Schema(description = "Migraine-preventive medications taken, as free text.",
                examples = "[\"propranolol 40 mg\", \"amitriptyline 10 mg\"]")
        List<@NotBlank @Size(max = 200) String> preventiveMedications,
        @Size(max = 4000) @Schema(examples = "Warfarin since 2024 for atrial fibrillation.") String notes) {

    ScreeningAnswers answers() {
        return new ScreeningAnswers(bleedingDisorder, anticoagulants, pregnant, immunocompromised, recentSurgery,
                activeSkinInfection, needlePhobia);
    }

    List<String> medications() {
        return preventiveMedications == null ? List.of() : preventiveMedications;
    }
}
