package dev.clinic.patient.domain;

import java.util.List;

/**
 * Validated answers with their score: a HIT-6 carries its answers and impact, a MIDAS its day
 * counts and grade; the other pair is null.
 */
public record ScoredQuestionnaire(QuestionnaireType type, List<Hit6Answer> hit6Answers, List<Integer> midasAnswers,
        int score, Hit6Impact impact, MidasGrade grade) {

    public static ScoredQuestionnaire hit6(List<Hit6Answer> answers) {
        int total = Hit6.total(answers);
        return new ScoredQuestionnaire(QuestionnaireType.HIT6, List.copyOf(answers), null, total, Hit6Impact.of(total),
                null);
    }

    public static ScoredQuestionnaire midas(List<Integer> dayCounts) {
        int total = Midas.total(dayCounts);
        return new ScoredQuestionnaire(QuestionnaireType.MIDAS, null, List.copyOf(dayCounts), total, null,
                MidasGrade.of(total));
    }
}
