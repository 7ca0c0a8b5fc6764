package dev.clinic.patient.domain;

import static dev.clinic.patient.domain.EligibilityReason.CLINICAL_REVIEW_REQUIRED;
import static dev.clinic.patient.domain.EligibilityReason.CONSENT_REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class EligibilityTest {

    static final LocalDate DATE = LocalDate.of(2026, 3, 4);
    static final ConsentTerm NEEDLING_CONSENT = new ConsentTerm(ConsentType.DRY_NEEDLING_INFORMED,
            LocalDate.of(2026, 1, 10), null);
    static final ConsentTerm MASSAGE_CONSENT = new ConsentTerm(ConsentType.MASSAGE, LocalDate.of(2026, 1, 10), null);

    static Contraindication raised(ContraindicationCode code) {
        return new Contraindication(code, List.of("x"));
    }

    static Eligibility.Decision dryNeedling(List<ContraindicationCode> codes, List<ClearanceTerm> clearances,
            List<ConsentTerm> consents) {
        return Eligibility.decide(Modality.DRY_NEEDLING, DATE, true, codes.stream().map(EligibilityTest::raised).toList(),
                clearances, consents);
    }

    @Test
    void aScreenedPatientWithoutContraindicationsAndWithConsentIsEligible() {
        Eligibility.Decision decision = dryNeedling(List.of(), List.of(), List.of(NEEDLING_CONSENT));
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.blockers()).isEmpty();
        assertThat(decision.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0} blocks dry needling")
    @EnumSource(ContraindicationCode.class)
    void everyContraindicationBlocksDryNeedlingUntilDealtWith(ContraindicationCode code) {
        Eligibility.Decision decision = dryNeedling(List.of(code), List.of(), List.of(NEEDLING_CONSENT));
        assertThat(decision.eligible()).isFalse();
        assertThat(decision.blockers()).containsExactly(EligibilityReason.valueOf(code.name()));
    }

    @ParameterizedTest(name = "a clearance lifts {0}")
    @EnumSource(value = ContraindicationCode.class, names = { "AGE_UNDER_12", "UNKNOWN_ANSWER" },
            mode = EnumSource.Mode.EXCLUDE)
    void aClearanceCoveringTheDateLiftsABlockingContraindication(ContraindicationCode code) {
        ClearanceTerm clearance = new ClearanceTerm(code, DATE.minusDays(10), null);
        assertThat(dryNeedling(List.of(code), List.of(clearance), List.of(NEEDLING_CONSENT)).eligible()).isTrue();
    }

    @ParameterizedTest(name = "{0} cannot be lifted by a clearance")
    @EnumSource(value = ContraindicationCode.class, names = { "AGE_UNDER_12", "UNKNOWN_ANSWER" })
    void absoluteAndUnansweredCannotBeCleared(ContraindicationCode code) {
        // Even if such a row existed, it would not count.
        ClearanceTerm clearance = new ClearanceTerm(code, DATE.minusDays(10), null);
        assertThat(dryNeedling(List.of(code), List.of(clearance), List.of(NEEDLING_CONSENT)).blockers())
                .containsExactly(EligibilityReason.valueOf(code.name()));
    }

    @ParameterizedTest(name = "cleared {0}..{1}: eligible on 2026-03-04 = {2}")
    @CsvSource({
            "2026-02-01, 2026-03-03, false",
            "2026-02-01, 2026-03-04, true",
            "2026-02-01, 2026-03-05, true",
            "2026-03-04, 2026-03-04, true",
            "2026-03-05,           , false",
            "2026-03-04,           , true" })
    void aClearanceCountsFromClearedOnUntilValidUntilInclusive(LocalDate clearedOn, LocalDate validUntil,
            boolean eligible) {
        ClearanceTerm clearance = new ClearanceTerm(ContraindicationCode.ANTICOAGULANTS, clearedOn, validUntil);
        Eligibility.Decision decision = dryNeedling(List.of(ContraindicationCode.ANTICOAGULANTS), List.of(clearance),
                List.of(NEEDLING_CONSENT));
        assertThat(decision.eligible()).isEqualTo(eligible);
        assertThat(decision.blockers()).isEqualTo(eligible ? List.of() : List.of(EligibilityReason.ANTICOAGULANTS));
    }

    @Test
    void aClearanceOfAnotherCodeDoesNotCount() {
        ClearanceTerm other = new ClearanceTerm(ContraindicationCode.PREGNANCY, DATE.minusDays(1), null);
        assertThat(dryNeedling(List.of(ContraindicationCode.ANTICOAGULANTS), List.of(other), List.of(NEEDLING_CONSENT))
                .blockers()).containsExactly(EligibilityReason.ANTICOAGULANTS);
    }

    @Test
    void anUnscreenedPatientIsNotEligible() {
        Eligibility.Decision decision = Eligibility.decide(Modality.DRY_NEEDLING, DATE, false, List.of(), List.of(),
                List.of(NEEDLING_CONSENT));
        assertThat(decision.eligible()).isFalse();
        assertThat(decision.blockers()).containsExactly(EligibilityReason.NOT_SCREENED);
    }

    static Stream<Arguments> consents() {
        LocalDate signed = LocalDate.of(2026, 1, 10);
        return Stream.of(
                Arguments.of("no consent at all", List.of(), false),
                Arguments.of("only a massage consent", List.of(MASSAGE_CONSENT), false),
                Arguments.of("only a data-sharing consent",
                        List.of(new ConsentTerm(ConsentType.DATA_SHARING, signed, null)), false),
                Arguments.of("signed before the date", List.of(NEEDLING_CONSENT), true),
                Arguments.of("signed on the date",
                        List.of(new ConsentTerm(ConsentType.DRY_NEEDLING_INFORMED, DATE, null)), true),
                Arguments.of("signed the day after",
                        List.of(new ConsentTerm(ConsentType.DRY_NEEDLING_INFORMED, DATE.plusDays(1), null)), false),
                Arguments.of("revoked the day before",
                        List.of(new ConsentTerm(ConsentType.DRY_NEEDLING_INFORMED, signed, DATE.minusDays(1))), false),
                Arguments.of("revoked on the date",
                        List.of(new ConsentTerm(ConsentType.DRY_NEEDLING_INFORMED, signed, DATE)), false),
                Arguments.of("revoked the day after",
                        List.of(new ConsentTerm(ConsentType.DRY_NEEDLING_INFORMED, signed, DATE.plusDays(1))), true),
                Arguments.of("one revoked, a newer one standing", List.of(
                        new ConsentTerm(ConsentType.DRY_NEEDLING_INFORMED, signed, DATE.minusDays(5)),
                        new ConsentTerm(ConsentType.DRY_NEEDLING_INFORMED, DATE.minusDays(2), null)), true));
    }

    @ParameterizedTest(name = "dry-needling consent {0}: consented = {2}")
    @MethodSource("consents")
    void dryNeedlingNeedsAnInformedConsentThatCountsOnTheDate(String situation, List<ConsentTerm> consents,
            boolean consented) {
        Eligibility.Decision decision = dryNeedling(List.of(), List.of(), consents);
        assertThat(decision.eligible()).isEqualTo(consented);
        assertThat(decision.blockers()).isEqualTo(consented ? List.of() : List.of(CONSENT_REQUIRED));
    }

    @Test
    void everyBlockerIsListedAtOnce() {
        Eligibility.Decision decision = Eligibility.decide(Modality.DRY_NEEDLING, DATE, true,
                List.of(raised(ContraindicationCode.AGE_UNDER_12), raised(ContraindicationCode.PREGNANCY),
                        raised(ContraindicationCode.UNKNOWN_ANSWER)),
                List.of(), List.of());
        assertThat(decision.blockers()).containsExactly(EligibilityReason.AGE_UNDER_12, EligibilityReason.PREGNANCY,
                EligibilityReason.UNKNOWN_ANSWER, CONSENT_REQUIRED);
    }

    @ParameterizedTest(name = "massage with {0}: warning = {1}")
    @CsvSource({
            "AGE_UNDER_12,          false",
            "BLEEDING_DISORDER,     true",
            "ANTICOAGULANTS,        true",
            "PREGNANCY,             true",
            "IMMUNOCOMPROMISED,     false",
            "RECENT_SURGERY,        true",
            "ACTIVE_SKIN_INFECTION, true",
            "SEVERE_NEEDLE_PHOBIA,  false",
            "UNKNOWN_ANSWER,        false" })
    void massageIsNeverBlockedAndWarnsAboutItsCodes(ContraindicationCode code, boolean warning) {
        Eligibility.Decision decision = Eligibility.decide(Modality.MASSAGE, DATE, true, List.of(raised(code)),
                List.of(), List.of(MASSAGE_CONSENT));
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.blockers()).isEmpty();
        assertThat(decision.warnings()).isEqualTo(warning ? List.of(EligibilityReason.valueOf(code.name())) : List.of());
    }

    @Test
    void aClearanceDoesNotSilenceAMassageWarning() {
        // Clearances are for dry needling; the massage therapist still needs to know.
        Eligibility.Decision decision = Eligibility.decide(Modality.MASSAGE, DATE, true,
                List.of(raised(ContraindicationCode.ANTICOAGULANTS)),
                List.of(new ClearanceTerm(ContraindicationCode.ANTICOAGULANTS, DATE, null)), List.of(MASSAGE_CONSENT));
        assertThat(decision.warnings()).containsExactly(EligibilityReason.ANTICOAGULANTS);
    }

    @Test
    void massageWithoutConsentOrScreeningIsWarnedAbout() {
        Eligibility.Decision decision = Eligibility.decide(Modality.MASSAGE, DATE, false, List.of(), List.of(),
                List.of(NEEDLING_CONSENT, new ConsentTerm(ConsentType.MASSAGE, LocalDate.of(2026, 1, 1), DATE)));
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.warnings()).containsExactly(EligibilityReason.NOT_SCREENED, CONSENT_REQUIRED);
    }

    static Stream<Arguments> generic() {
        return Stream.of(
                Arguments.of(List.of(), List.of()),
                Arguments.of(List.of(CONSENT_REQUIRED), List.of(CONSENT_REQUIRED)),
                Arguments.of(List.of(EligibilityReason.NOT_SCREENED), List.of(CLINICAL_REVIEW_REQUIRED)),
                Arguments.of(List.of(EligibilityReason.AGE_UNDER_12), List.of(CLINICAL_REVIEW_REQUIRED)),
                Arguments.of(List.of(EligibilityReason.UNKNOWN_ANSWER), List.of(CLINICAL_REVIEW_REQUIRED)),
                Arguments.of(List.of(EligibilityReason.ANTICOAGULANTS, EligibilityReason.PREGNANCY, CONSENT_REQUIRED),
                        List.of(CLINICAL_REVIEW_REQUIRED, CONSENT_REQUIRED)));
    }

    @ParameterizedTest(name = "{0} is shown generically as {1}")
    @MethodSource("generic")
    void genericCodesRevealNoClinicalReason(List<EligibilityReason> detailed, List<EligibilityReason> generic) {
        Eligibility.Decision decision = new Eligibility.Decision(detailed, detailed).generic();
        assertThat(decision.blockers()).isEqualTo(generic);
        assertThat(decision.warnings()).isEqualTo(generic);
        assertThat(decision.eligible()).isEqualTo(detailed.isEmpty());
    }

    @Test
    void everyReasonHasAGenericForm() {
        List<EligibilityReason> generics = new ArrayList<>();
        Arrays.stream(EligibilityReason.values()).forEach(reason -> generics.add(reason.generic()));
        assertThat(generics).containsOnly(CLINICAL_REVIEW_REQUIRED, CONSENT_REQUIRED);
    }
}
