package dev.clinic.patient.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.patient.domain.Hit6Impact;
import dev.clinic.patient.domain.MidasGrade;
import dev.clinic.patient.domain.Questionnaire;
import dev.clinic.patient.domain.QuestionnaireType;

@Schema(name = "Questionnaire", description = "A completed HIT-6 or MIDAS questionnaire, scored by the server.")
public record QuestionnaireResponse(
        @Schema(examples = "8a6c1d2e-3f4b-4c5d-9e6f-7a8b9c0d1e2f") UUID id,
        @Schema(description = "Row version; also the ETag. A questionnaire never changes once recorded.",
                examples = "0") long version,
        @Schema(examples = "2026-03-04T09:31:12Z") Instant createdAt,
        @Schema(examples = "2026-03-04T09:31:12Z") Instant updatedAt,
        @Schema(examples = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11") UUID patientId,
        @Schema(examples = "HIT6") QuestionnaireType type,
        @Schema(oneOf = { QuestionnaireRequest.Hit6Answers.class, QuestionnaireRequest.MidasAnswers.class },
                description = "The answers in item order: HIT-6 answer names or MIDAS day counts.",
                examples = "[\"SOMETIMES\", \"VERY_OFTEN\", \"ALWAYS\", \"SOMETIMES\", \"RARELY\", \"VERY_OFTEN\"]")
        List<Object> answers,
        @Schema(examples = "2026-03-04T09:30:00Z") Instant completedAt,
        @Schema(description = "The total: HIT-6 36–78 (sum of 6/8/10/11/13 points per answer), MIDAS 0–450 (sum of "
                + "the day counts).", examples = "63")
        int score,
        @Schema(description = "HIT-6 only (null for MIDAS): 49 or less LITTLE_OR_NO_IMPACT, 50–55 SOME_IMPACT, "
                + "56–59 SUBSTANTIAL_IMPACT, 60 or more SEVERE_IMPACT.", nullable = true, examples = "SEVERE_IMPACT")
        Hit6Impact interpretation,
        @Schema(description = "MIDAS only (null for HIT-6): I 0–5 little or no disability, II 6–10 mild, III 11–20 "
                + "moderate, IV 21 or more severe.", nullable = true, examples = "IV")
        MidasGrade grade) {

    static QuestionnaireResponse of(Questionnaire q) {
        return new QuestionnaireResponse(q.getId(), q.getVersion(), q.getCreatedAt(), q.getUpdatedAt(),
                q.getPatientId(), q.getType(), q.getAnswers(), q.getCompletedAt(), q.getScore(), q.getHit6Impact(),
                q.getMidasGrade());
    }
}
