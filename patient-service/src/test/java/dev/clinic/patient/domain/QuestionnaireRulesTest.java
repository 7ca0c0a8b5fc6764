package dev.clinic.patient.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;

class QuestionnaireRulesTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            // every band boundary: 36 lowest, 49/50, 55/56, 59/60, 78 highest
            "NEVER NEVER NEVER NEVER NEVER NEVER                                   | 36 | LITTLE_OR_NO_IMPACT",
            "NEVER RARELY RARELY RARELY RARELY VERY_OFTEN                          | 49 | LITTLE_OR_NO_IMPACT",
            "NEVER NEVER RARELY SOMETIMES SOMETIMES SOMETIMES                      | 50 | SOME_IMPACT",
            "NEVER NEVER SOMETIMES VERY_OFTEN VERY_OFTEN VERY_OFTEN                | 55 | SOME_IMPACT",
            "RARELY RARELY SOMETIMES SOMETIMES SOMETIMES SOMETIMES                 | 56 | SUBSTANTIAL_IMPACT",
            "RARELY RARELY SOMETIMES SOMETIMES SOMETIMES ALWAYS                    | 59 | SUBSTANTIAL_IMPACT",
            "SOMETIMES SOMETIMES SOMETIMES SOMETIMES SOMETIMES SOMETIMES           | 60 | SEVERE_IMPACT",
            "SOMETIMES VERY_OFTEN ALWAYS SOMETIMES RARELY VERY_OFTEN               | 63 | SEVERE_IMPACT",
            "ALWAYS ALWAYS ALWAYS ALWAYS ALWAYS ALWAYS                             | 78 | SEVERE_IMPACT",
    })
    void hit6IsScoredAndInterpreted(String answers, int total, Hit6Impact impact) {
        ScoredQuestionnaire scored = QuestionnaireRules.score(QuestionnaireType.HIT6, words(answers));
        assertThat(scored.score()).isEqualTo(total);
        assertThat(scored.impact()).isEqualTo(impact);
        assertThat(scored.grade()).isNull();
        assertThat(scored.hit6Answers()).hasSize(6);
    }

    @ParameterizedTest(name = "HIT-6 total {0} -> {1}")
    @CsvSource({ "36, LITTLE_OR_NO_IMPACT", "49, LITTLE_OR_NO_IMPACT", "50, SOME_IMPACT", "55, SOME_IMPACT",
            "56, SUBSTANTIAL_IMPACT", "59, SUBSTANTIAL_IMPACT", "60, SEVERE_IMPACT", "78, SEVERE_IMPACT" })
    void hit6BandsByTotal(int total, Hit6Impact impact) {
        assertThat(Hit6Impact.of(total)).isEqualTo(impact);
    }

    @ParameterizedTest
    @CsvSource({ "35", "79" })
    void hit6TotalOutsideTheScaleIsABug(int total) {
        assertThatThrownBy(() -> Hit6Impact.of(total)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} -> {1} grade {2}")
    @CsvSource(delimiter = '|', value = {
            "0 0 0 0 0       | 0   | I",
            "5 0 0 0 0       | 5   | I",
            "1 1 1 1 2       | 6   | II",
            "2 2 2 2 2       | 10  | II",
            "0 0 0 0 11      | 11  | III",
            "4 4 4 4 4       | 20  | III",
            "21 0 0 0 0      | 21  | IV",
            "90 90 90 90 90  | 450 | IV",
    })
    void midasIsScoredAndGraded(String counts, int total, MidasGrade grade) {
        List<Object> answers = Arrays.stream(counts.split(" ")).<Object>map(Integer::valueOf).toList();
        ScoredQuestionnaire scored = QuestionnaireRules.score(QuestionnaireType.MIDAS, answers);
        assertThat(scored.score()).isEqualTo(total);
        assertThat(scored.grade()).isEqualTo(grade);
        assertThat(scored.impact()).isNull();
    }

    @ParameterizedTest(name = "MIDAS total {0} -> {1}")
    @CsvSource({ "0, I", "5, I", "6, II", "10, II", "11, III", "20, III", "21, IV", "450, IV" })
    void midasGradesByTotal(int total, MidasGrade grade) {
        assertThat(MidasGrade.of(total)).isEqualTo(grade);
    }

    @Test
    void aSeventhHit6AnswerIsNamed() {
        List<Object> seven = words("NEVER NEVER NEVER NEVER NEVER NEVER NEVER");
        assertThat(errors(QuestionnaireType.HIT6, seven))
                .containsExactly(new FieldError("answers[6]", "is one too many: HIT-6 has exactly 6 answers"));
    }

    @Test
    void missingHit6AnswersAreEachNamed() {
        assertThat(errors(QuestionnaireType.HIT6, words("NEVER NEVER NEVER NEVER")))
                .extracting(FieldError::field).containsExactly("answers[4]", "answers[5]");
        assertThat(errors(QuestionnaireType.HIT6, List.of())).hasSize(6);
    }

    @Test
    void anUnknownHit6AnswerIsNamedWithTheAllowedValues() {
        List<Object> answers = Arrays.asList("NEVER", "NEVER", "OFTEN", "NEVER", 6, null);
        assertThat(errors(QuestionnaireType.HIT6, answers)).containsExactly(
                new FieldError("answers[2]", "must be one of: NEVER, RARELY, SOMETIMES, VERY_OFTEN, ALWAYS"),
                new FieldError("answers[4]", "must be one of: NEVER, RARELY, SOMETIMES, VERY_OFTEN, ALWAYS"),
                new FieldError("answers[5]", "must be one of: NEVER, RARELY, SOMETIMES, VERY_OFTEN, ALWAYS"));
        // names are exact: the API's enum words, not a lower-case spelling
        assertThat(errors(QuestionnaireType.HIT6, words("never NEVER NEVER NEVER NEVER NEVER")))
                .extracting(FieldError::field).containsExactly("answers[0]");
    }

    @Test
    void midasCountsOutOfRangeOrNotWholeAreNamed() {
        List<Object> answers = Arrays.asList(0, 91, -1, 2.5, "3");
        assertThat(errors(QuestionnaireType.MIDAS, answers)).extracting(FieldError::field)
                .containsExactly("answers[1]", "answers[2]", "answers[3]", "answers[4]");
        assertThat(errors(QuestionnaireType.MIDAS, Arrays.asList(0, 0, 0, 0, 0, 0)))
                .containsExactly(new FieldError("answers[5]", "is one too many: MIDAS has exactly 5 answers"));
        assertThat(errors(QuestionnaireType.MIDAS, Arrays.asList(0, 0, 90, 0)))
                .containsExactly(new FieldError("answers[4]", "is missing: MIDAS has exactly 5 answers"));
        assertThat(errors(QuestionnaireType.MIDAS, Arrays.asList(0, 0, 90, 0, 3.0)))
                .extracting(FieldError::message).containsExactly("must be a whole number of days from 0 to 90");
    }

    @Test
    void completedAtMayNotLieInTheFutureBeyondClockSkew() {
        Instant now = Instant.parse("2026-03-04T09:30:00Z");
        QuestionnaireRules.checkCompletedAt(now, now);
        QuestionnaireRules.checkCompletedAt(now.minusSeconds(86_400), now);
        QuestionnaireRules.checkCompletedAt(now.plus(QuestionnaireRules.CLOCK_SKEW), now);
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> QuestionnaireRules.checkCompletedAt(now.plus(QuestionnaireRules.CLOCK_SKEW).plusSeconds(1), now));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("completedAt");
    }

    private static List<Object> words(String answers) {
        return Arrays.stream(answers.trim().split("\\s+")).<Object>map(s -> s).toList();
    }

    private static List<FieldError> errors(QuestionnaireType type, List<?> answers) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> QuestionnaireRules.score(type, answers));
        assertThat(e).as("a 400 problem").isNotNull();
        assertThat(e.status()).isEqualTo(400);
        return e.errors();
    }
}
