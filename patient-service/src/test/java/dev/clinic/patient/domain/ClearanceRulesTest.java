package dev.clinic.patient.domain;

import static dev.clinic.patient.domain.ContraindicationRulesTest.clear;
import static dev.clinic.patient.domain.ContraindicationRulesTest.with;
import static dev.clinic.patient.domain.ContraindicationRulesTest.withPhobia;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.clinic.platform.problem.ProblemException;

class ClearanceRulesTest {

    @ParameterizedTest(name = "pregnant {0} -> {1}: clearances of PREGNANCY end = {2}")
    @CsvSource({
            "NO,      YES,     true",
            "UNKNOWN, YES,     true",
            "YES,     YES,     false",
            "YES,     NO,      false",
            "YES,     UNKNOWN, false",
            "NO,      NO,      false",
            "NO,      UNKNOWN, false" })
    void aClearanceEndsOnlyWhenItsCodeIsRaisedAnew(Answer before, Answer after, boolean ended) {
        Set<ContraindicationCode> invalidated = ClearanceRules.invalidatedBy(with("pregnant", before),
                with("pregnant", after));
        assertThat(invalidated.contains(ContraindicationCode.PREGNANCY)).isEqualTo(ended);
        assertThat(invalidated).isSubsetOf(EnumSet.of(ContraindicationCode.PREGNANCY));
    }

    @ParameterizedTest(name = "needlePhobia {0} -> {1}: clearances end = {2}")
    @CsvSource({ "NONE, SEVERE, true", "MILD, SEVERE, true", "SEVERE, SEVERE, false", "SEVERE, MILD, false" })
    void needlePhobiaBecomingSevereIsANewFinding(NeedlePhobia before, NeedlePhobia after, boolean ended) {
        assertThat(ClearanceRules.invalidatedBy(withPhobia(before), withPhobia(after))
                .contains(ContraindicationCode.SEVERE_NEEDLE_PHOBIA)).isEqualTo(ended);
    }

    @Test
    void unknownAnswersNeverEndClearancesOfTheirOwn() {
        // UNKNOWN_ANSWER is not clearable, so there is nothing of its own to end.
        assertThat(ClearanceRules.invalidatedBy(clear(), with("anticoagulants", Answer.UNKNOWN))).isEmpty();
    }

    @Test
    void theFirstScreeningRaisesEveryCodeAnew() {
        assertThat(ClearanceRules.invalidatedBy(null, with("anticoagulants", Answer.YES)))
                .containsExactly(ContraindicationCode.ANTICOAGULANTS);
    }

    @Test
    void onlyTheCodeThatChangedEndsItsClearances() {
        ScreeningAnswers before = new ScreeningAnswers(Answer.YES, Answer.YES, Answer.NO, Answer.NO, Answer.NO,
                Answer.NO, NeedlePhobia.NONE);
        ScreeningAnswers after = new ScreeningAnswers(Answer.YES, Answer.YES, Answer.NO, Answer.NO, Answer.YES,
                Answer.NO, NeedlePhobia.NONE);
        assertThat(ClearanceRules.invalidatedBy(before, after)).containsExactly(ContraindicationCode.RECENT_SURGERY);
    }

    @ParameterizedTest(name = "clearing {0} -> 409 {1}")
    @CsvSource({
            "AGE_UNDER_12,   absolute-contraindication",
            "UNKNOWN_ANSWER, answer-required",
            "PREGNANCY,      contraindication-not-present" })
    void whatCannotBeCleared(ContraindicationCode code, String problem) {
        Set<ContraindicationCode> current = EnumSet.of(ContraindicationCode.AGE_UNDER_12,
                ContraindicationCode.UNKNOWN_ANSWER, ContraindicationCode.ANTICOAGULANTS);
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> ClearanceRules.requireClearable(code, current));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo(problem);
        assertThat(refused.properties()).containsEntry("code", code);
    }

    @Test
    void aCurrentClearableCodeMayBeCleared() {
        assertThatCode(() -> ClearanceRules.requireClearable(ContraindicationCode.ANTICOAGULANTS,
                EnumSet.of(ContraindicationCode.ANTICOAGULANTS))).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "cleared {0}..{1}, covers {2}: {3}")
    @CsvSource({
            "2026-03-01, 2026-03-31, 2026-02-28, false",
            "2026-03-01, 2026-03-31, 2026-03-01, true",
            "2026-03-01, 2026-03-31, 2026-03-15, true",
            "2026-03-01, 2026-03-31, 2026-03-31, true",
            "2026-03-01, 2026-03-31, 2026-04-01, false",
            "2026-03-01, 2026-03-01, 2026-03-01, true",
            "2026-03-01, 2026-03-01, 2026-03-02, false",
            "2026-03-01,           , 2099-12-31, true",
            "2026-03-01,           , 2026-02-28, false" })
    void aClearanceCoversItsDaysInclusive(LocalDate clearedOn, LocalDate validUntil, LocalDate date, boolean covers) {
        assertThat(new ClearanceTerm(ContraindicationCode.PREGNANCY, clearedOn, validUntil).coversDate(date))
                .isEqualTo(covers);
    }
}
