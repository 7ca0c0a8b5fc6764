package dev.clinic.patient.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ContraindicationRulesTest {

    static final LocalDate ADULT = LocalDate.of(1985, 6, 15);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

    /** All NO and no phobia; {@code with} changes one question. */
    static ScreeningAnswers clear() {
        return new ScreeningAnswers(Answer.NO, Answer.NO, Answer.NO, Answer.NO, Answer.NO, Answer.NO, NeedlePhobia.NONE);
    }

    static ScreeningAnswers with(String question, Answer answer) {
        ScreeningAnswers a = clear();
        return new ScreeningAnswers(
                question.equals("bleedingDisorder") ? answer : a.bleedingDisorder(),
                question.equals("anticoagulants") ? answer : a.anticoagulants(),
                question.equals("pregnant") ? answer : a.pregnant(),
                question.equals("immunocompromised") ? answer : a.immunocompromised(),
                question.equals("recentSurgery") ? answer : a.recentSurgery(),
                question.equals("activeSkinInfection") ? answer : a.activeSkinInfection(),
                a.needlePhobia());
    }

    static ScreeningAnswers withPhobia(NeedlePhobia phobia) {
        ScreeningAnswers a = clear();
        return new ScreeningAnswers(a.bleedingDisorder(), a.anticoagulants(), a.pregnant(), a.immunocompromised(),
                a.recentSurgery(), a.activeSkinInfection(), phobia);
    }

    @Test
    void anAllClearScreeningOfAnAdultRaisesNothing() {
        assertThat(ContraindicationRules.derive(clear(), ADULT, TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "{0} = YES raises {1}")
    @CsvSource({
            "bleedingDisorder,    BLEEDING_DISORDER",
            "anticoagulants,      ANTICOAGULANTS",
            "pregnant,            PREGNANCY",
            "immunocompromised,   IMMUNOCOMPROMISED",
            "recentSurgery,       RECENT_SURGERY",
            "activeSkinInfection, ACTIVE_SKIN_INFECTION" })
    void eachYesRaisesItsCode(String question, ContraindicationCode expected) {
        assertThat(ContraindicationRules.derive(with(question, Answer.YES), ADULT, TODAY))
                .containsExactly(new Contraindication(expected, List.of(question)));
    }

    @ParameterizedTest(name = "{0} = UNKNOWN raises UNKNOWN_ANSWER")
    @CsvSource({ "bleedingDisorder", "anticoagulants", "pregnant", "immunocompromised", "recentSurgery",
            "activeSkinInfection" })
    void eachUnknownRaisesUnknownAnswerNamingTheQuestion(String question) {
        assertThat(ContraindicationRules.derive(with(question, Answer.UNKNOWN), ADULT, TODAY))
                .containsExactly(new Contraindication(ContraindicationCode.UNKNOWN_ANSWER, List.of(question)));
    }

    @Test
    void severalUnknownAnswersAreOneCodeNamingEachQuestion() {
        ScreeningAnswers answers = new ScreeningAnswers(Answer.UNKNOWN, Answer.YES, Answer.UNKNOWN, Answer.NO,
                Answer.NO, Answer.NO, NeedlePhobia.SEVERE);
        assertThat(ContraindicationRules.derive(answers, ADULT, TODAY)).containsExactly(
                new Contraindication(ContraindicationCode.ANTICOAGULANTS, List.of("anticoagulants")),
                new Contraindication(ContraindicationCode.SEVERE_NEEDLE_PHOBIA, List.of("needlePhobia")),
                new Contraindication(ContraindicationCode.UNKNOWN_ANSWER, List.of("bleedingDisorder", "pregnant")));
    }

    @ParameterizedTest(name = "needlePhobia {0} raises SEVERE_NEEDLE_PHOBIA: {1}")
    @CsvSource({ "NONE, false", "MILD, false", "SEVERE, true" })
    void onlySevereNeedlePhobiaIsAContraindication(NeedlePhobia phobia, boolean raised) {
        List<Contraindication> found = ContraindicationRules.derive(withPhobia(phobia), ADULT, TODAY);
        if (raised) {
            assertThat(found).containsExactly(
                    new Contraindication(ContraindicationCode.SEVERE_NEEDLE_PHOBIA, List.of("needlePhobia")));
        } else {
            assertThat(found).isEmpty();
        }
    }

    @ParameterizedTest(name = "born {0}, treated {1}: under 12 = {2}")
    @CsvSource({
            // the day before, on and after the 12th birthday
            "2014-03-04, 2026-03-03, true",
            "2014-03-04, 2026-03-04, false",
            "2014-03-04, 2026-03-05, false",
            // year boundary
            "2013-12-31, 2025-12-30, true",
            "2013-12-31, 2025-12-31, false",
            "2014-01-01, 2025-12-31, true",
            "2014-01-01, 2026-01-01, false",
            // 29 February birthday whose 12th birthday is a 29 February
            "2012-02-29, 2024-02-28, true",
            "2012-02-29, 2024-02-29, false",
            "2012-02-29, 2024-03-01, false",
            // 29 February birthday whose 12th birthday year has none (2100 is not a leap year): 1 March
            "2088-02-29, 2100-02-28, true",
            "2088-02-29, 2100-03-01, false",
            // babies, adults, and a date before birth
            "2026-01-01, 2026-03-04, true",
            "1985-06-15, 2026-03-04, false",
            "2026-05-01, 2026-03-04, true" })
    void ageUnder12IsJudgedOnTheTreatmentDate(LocalDate birthDate, LocalDate date, boolean under12) {
        assertThat(ContraindicationRules.isUnderMinimumAge(birthDate, date)).isEqualTo(under12);
        List<Contraindication> found = ContraindicationRules.derive(clear(), birthDate, date);
        if (under12) {
            assertThat(found).containsExactly(
                    new Contraindication(ContraindicationCode.AGE_UNDER_12, List.of("birthDate")));
        } else {
            assertThat(found).isEmpty();
        }
    }

    @Test
    void withoutAScreeningOnlyTheBirthDateCounts() {
        assertThat(ContraindicationRules.derive(null, ADULT, TODAY)).isEmpty();
        assertThat(ContraindicationRules.derive(null, LocalDate.of(2020, 1, 1), TODAY))
                .extracting(Contraindication::code).containsExactly(ContraindicationCode.AGE_UNDER_12);
    }

    @Test
    void codesAreListedInTableOrderWithAgeFirst() {
        ScreeningAnswers everything = new ScreeningAnswers(Answer.YES, Answer.YES, Answer.YES, Answer.YES, Answer.YES,
                Answer.YES, NeedlePhobia.SEVERE);
        assertThat(ContraindicationRules.derive(everything, LocalDate.of(2020, 1, 1), TODAY))
                .extracting(Contraindication::code)
                .containsExactly(ContraindicationCode.AGE_UNDER_12, ContraindicationCode.BLEEDING_DISORDER,
                        ContraindicationCode.ANTICOAGULANTS, ContraindicationCode.PREGNANCY,
                        ContraindicationCode.IMMUNOCOMPROMISED, ContraindicationCode.RECENT_SURGERY,
                        ContraindicationCode.ACTIVE_SKIN_INFECTION, ContraindicationCode.SEVERE_NEEDLE_PHOBIA);
    }

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(ContraindicationCode.AGE_UNDER_12, ContraindicationSource.BIRTH_DATE,
                        DryNeedlingEffect.ABSOLUTE, MassageEffect.NONE, false),
                Arguments.of(ContraindicationCode.BLEEDING_DISORDER, ContraindicationSource.SCREENING,
                        DryNeedlingEffect.BLOCKS_UNTIL_CLEARED, MassageEffect.WARNING, true),
                Arguments.of(ContraindicationCode.ANTICOAGULANTS, ContraindicationSource.SCREENING,
                        DryNeedlingEffect.BLOCKS_UNTIL_CLEARED, MassageEffect.WARNING, true),
                Arguments.of(ContraindicationCode.PREGNANCY, ContraindicationSource.SCREENING,
                        DryNeedlingEffect.BLOCKS_UNTIL_CLEARED, MassageEffect.WARNING, true),
                Arguments.of(ContraindicationCode.IMMUNOCOMPROMISED, ContraindicationSource.SCREENING,
                        DryNeedlingEffect.BLOCKS_UNTIL_CLEARED, MassageEffect.NONE, true),
                Arguments.of(ContraindicationCode.RECENT_SURGERY, ContraindicationSource.SCREENING,
                        DryNeedlingEffect.BLOCKS_UNTIL_CLEARED, MassageEffect.WARNING, true),
                Arguments.of(ContraindicationCode.ACTIVE_SKIN_INFECTION, ContraindicationSource.SCREENING,
                        DryNeedlingEffect.BLOCKS_UNTIL_CLEARED, MassageEffect.WARNING, true),
                Arguments.of(ContraindicationCode.SEVERE_NEEDLE_PHOBIA, ContraindicationSource.SCREENING,
                        DryNeedlingEffect.BLOCKS_UNTIL_CLEARED, MassageEffect.NONE, true),
                Arguments.of(ContraindicationCode.UNKNOWN_ANSWER, ContraindicationSource.SCREENING,
                        DryNeedlingEffect.BLOCKS_UNTIL_ANSWERED, MassageEffect.NONE, false));
    }

    @ParameterizedTest(name = "{0}: {1}, dry needling {2}, massage {3}, clearable {4}")
    @MethodSource("table")
    void eachCodeHasTheEffectsOfTheDomainTable(ContraindicationCode code, ContraindicationSource source,
            DryNeedlingEffect dryNeedling, MassageEffect massage, boolean clearable) {
        assertThat(code.source()).isEqualTo(source);
        assertThat(code.dryNeedling()).isEqualTo(dryNeedling);
        assertThat(code.massage()).isEqualTo(massage);
        assertThat(code.isClearable()).isEqualTo(clearable);
    }
}
