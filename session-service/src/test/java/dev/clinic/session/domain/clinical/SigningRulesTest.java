package dev.clinic.session.domain.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import dev.clinic.platform.problem.ProblemException;
import dev.clinic.session.domain.Modality;

class SigningRulesTest {

    /** Aftercare written as the flags that are true: "skin", "pneumo", "hydration", "rested". */
    static Aftercare aftercare(String flags) {
        List<String> set = flags == null ? List.of() : Arrays.asList(flags.trim().split("\\s+"));
        return new Aftercare(set.contains("skin"), set.contains("hydration"), set.contains("rested"),
                set.contains("pneumo"));
    }

    static List<String> rules(List<RuleFinding> findings) {
        return findings.stream().map(f -> f.rule().name()).toList();
    }

    static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
    }

    @ParameterizedTest(name = "{0} [{1}] aftercare [{2}] first={3} -> [{4}] warn [{5}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // modality   | sites                                       | aftercare       | first | violations                                              | warnings
            // each rule passing
            "DRY_NEEDLING | SUBOCCIPITALS:LEFT                          | skin            | false | ''                                                      | ''",
            "DRY_NEEDLING | UPPER_TRAPEZIUS:BILATERAL SUBOCCIPITALS:LEFT | skin pneumo     | false | ''                                                      | ''",
            "DRY_NEEDLING | SUBOCCIPITALS:LEFT TEMPORALIS:RIGHT          | skin hydration rested | false | ''                                          | ''",
            // each rule failing alone
            "DRY_NEEDLING | ''                                          | skin            | false | NEEDLING_SITE_REQUIRED                                  | ''",
            "DRY_NEEDLING | SUBOCCIPITALS:LEFT                          | hydration rested pneumo | false | SKIN_CHECK_REQUIRED                             | ''",
            "DRY_NEEDLING | UPPER_TRAPEZIUS:BILATERAL SUBOCCIPITALS:LEFT | skin            | false | PNEUMOTHORAX_ADVICE_REQUIRED                            | ''",
            // every failed rule is named at once
            "DRY_NEEDLING | ''                                          | -               | false | NEEDLING_SITE_REQUIRED SKIN_CHECK_REQUIRED              | ''",
            "DRY_NEEDLING | RHOMBOIDS:RIGHT                             | -               | false | SKIN_CHECK_REQUIRED PNEUMOTHORAX_ADVICE_REQUIRED        | ''",
            // pneumothorax advice without a thorax muscle is fine (given anyway), and not required
            "DRY_NEEDLING | MASSETER:LEFT                               | skin pneumo     | false | ''                                                      | ''",
            // the first session: two needles are fine, three warn; both sides of BILATERAL count
            "DRY_NEEDLING | SUBOCCIPITALS:LEFT:2                        | skin            | true  | ''                                                      | ''",
            "DRY_NEEDLING | SUBOCCIPITALS:LEFT:3                        | skin            | true  | ''                                                      | FIRST_SESSION_MANY_NEEDLES",
            "DRY_NEEDLING | SUBOCCIPITALS:LEFT SPLENIUS_CAPITIS:RIGHT    | skin            | true  | ''                                                      | ''",
            "DRY_NEEDLING | SUBOCCIPITALS:LEFT:2 SPLENIUS_CAPITIS:RIGHT  | skin            | true  | ''                                                      | FIRST_SESSION_MANY_NEEDLES",
            "DRY_NEEDLING | SUBOCCIPITALS:BILATERAL:1                   | skin            | true  | ''                                                      | ''",
            "DRY_NEEDLING | SUBOCCIPITALS:BILATERAL:2                   | skin            | true  | ''                                                      | FIRST_SESSION_MANY_NEEDLES",
            // a later session with many needles does not warn
            "DRY_NEEDLING | SUBOCCIPITALS:BILATERAL:10                  | skin            | false | ''                                                      | ''",
            // the warning does not hide the violations, nor they the warning
            "DRY_NEEDLING | LEVATOR_SCAPULAE:BILATERAL:2                | -               | true  | SKIN_CHECK_REQUIRED PNEUMOTHORAX_ADVICE_REQUIRED        | FIRST_SESSION_MANY_NEEDLES",
            // massage: no needling sites, and none of the needling rules
            "MASSAGE      | ''                                          | -               | false | ''                                                      | ''",
            "MASSAGE      | ''                                          | -               | true  | ''                                                      | ''",
            "MASSAGE      | UPPER_TRAPEZIUS:LEFT:5                      | -               | true  | NEEDLING_SITES_NOT_ALLOWED                              | ''",
    })
    void eachRuleIsNamedWhenItFails(Modality modality, String sites, String flags, boolean first, String violations,
            String warnings) {
        SigningCheck check = SigningRules.check(modality, Sites.parse(sites), aftercare(flags), first);
        assertThat(rules(check.violations())).containsExactlyElementsOf(words(violations));
        assertThat(rules(check.warnings())).containsExactlyElementsOf(words(warnings));
        assertThat(check.signable()).isEqualTo(words(violations).isEmpty());
    }

    @Test
    void findingsNameTheFieldToCorrect() {
        SigningCheck check = SigningRules.check(Modality.DRY_NEEDLING, List.of(), null, false);
        assertThat(check.violations()).extracting(RuleFinding::field)
                .containsExactly("needlingSites", "aftercare.skinChecked");

        check = SigningRules.check(Modality.DRY_NEEDLING, Sites.parse("RHOMBOIDS:LEFT:3"), aftercare("skin"), true);
        assertThat(check.violations()).singleElement()
                .extracting(RuleFinding::field).isEqualTo("aftercare.pneumothoraxAdviceGiven");
        assertThat(check.warnings()).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("needlingSites");
            assertThat(w.message()).startsWith("3 needles");
        });

        check = SigningRules.check(Modality.MASSAGE, Sites.parse("GLUTEALS:LEFT"), null, false);
        assertThat(check.violations()).singleElement().extracting(RuleFinding::field).isEqualTo("needlingSites");
    }

    @Test
    void thePneumothoraxRuleNamesTheMusclesOverTheThoraxOnce() {
        SigningCheck check = SigningRules.check(Modality.DRY_NEEDLING,
                Sites.parse("UPPER_TRAPEZIUS:LEFT SUBOCCIPITALS:BILATERAL UPPER_TRAPEZIUS:RIGHT RHOMBOIDS:LEFT"),
                aftercare("skin"), false);
        assertThat(check.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(SigningRule.PNEUMOTHORAX_ADVICE_REQUIRED);
            assertThat(v.message()).contains("(Upper trapezius, Rhomboids)").doesNotContain("Suboccipitals");
        });
    }

    /** Every muscle of the table, needled alone: over the thorax it needs the advice, otherwise not. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Muscle.class)
    void everyThoraxMuscleNeedsTheAdviceAndNoOtherDoes(Muscle muscle) {
        List<NeedlingSite> sites = List.of(Sites.site(muscle, Side.LEFT, 1));
        SigningCheck withoutAdvice = SigningRules.check(Modality.DRY_NEEDLING, sites, aftercare("skin"), false);
        SigningCheck withAdvice = SigningRules.check(Modality.DRY_NEEDLING, sites, aftercare("skin pneumo"), false);
        assertThat(withAdvice.violations()).isEmpty();
        if (muscle.overThorax()) {
            assertThat(rules(withoutAdvice.violations())).containsExactly("PNEUMOTHORAX_ADVICE_REQUIRED");
            assertThat(withoutAdvice.violations().get(0).message()).contains(muscle.display());
        } else {
            assertThat(withoutAdvice.violations()).isEmpty();
        }
    }

    @Test
    void thePolicyCanNameOtherThoraxMusclesAndAnotherNeedleLimit() {
        SigningPolicy policy = new SigningPolicy(EnumSet.of(Muscle.GLUTEALS), 4);
        SigningCheck check = SigningRules.check(Modality.DRY_NEEDLING,
                Sites.parse("GLUTEALS:LEFT:2 UPPER_TRAPEZIUS:LEFT:2"), aftercare("skin"), true, policy);
        assertThat(rules(check.violations())).containsExactly("PNEUMOTHORAX_ADVICE_REQUIRED");
        assertThat(check.violations().get(0).message()).contains("Gluteals").doesNotContain("Upper trapezius");
        assertThat(check.warnings()).isEmpty();
    }

    @Test
    void aRefusedSignatureIsOneConflictNamingEveryRule() {
        SigningCheck check = SigningRules.check(Modality.DRY_NEEDLING, Sites.parse("RHOMBOIDS:BILATERAL:2"),
                null, true).withViolation(SigningRules.notEligible(List.of("CONSENT_REQUIRED")));
        ProblemException e = catchThrowableOfType(ProblemException.class, check::orThrow);
        assertThat(e.status()).isEqualTo(409);
        assertThat(e.code()).isEqualTo("signing-rules-failed");
        assertThat(e.getMessage()).isEqualTo("The session cannot be signed: SKIN_CHECK_REQUIRED, "
                + "PNEUMOTHORAX_ADVICE_REQUIRED, PATIENT_NOT_ELIGIBLE");
        assertThat(e.properties().get("violations")).asInstanceOf(
                list(RuleFinding.class))
                .extracting(RuleFinding::rule)
                .containsExactly(SigningRule.SKIN_CHECK_REQUIRED, SigningRule.PNEUMOTHORAX_ADVICE_REQUIRED,
                        SigningRule.PATIENT_NOT_ELIGIBLE);
        assertThat(e.properties().get("warnings")).asInstanceOf(
                list(RuleFinding.class))
                .extracting(RuleFinding::rule).containsExactly(SigningRule.FIRST_SESSION_MANY_NEEDLES);
        assertThat(SigningRules.notEligible(List.of("CONSENT_REQUIRED")).message()).endsWith("(CONSENT_REQUIRED)");
    }

    /** PATIENT_NOT_ELIGIBLE names patient-service's reasons when it gives any, and is one violation among the others. */
    @ParameterizedTest(name = "blockers {0}")
    @CsvSource(nullValues = "-", value = {
            "-,                               ''",
            "'',                              ''",
            "ANTICOAGULANTS,                  ' (ANTICOAGULANTS)'",
            "ANTICOAGULANTS CONSENT_REQUIRED, ' (ANTICOAGULANTS, CONSENT_REQUIRED)'",
    })
    void patientNotEligibleNamesTheBlockers(String blockers, String reasons) {
        RuleFinding finding = SigningRules.notEligible(blockers == null ? null : words(blockers));
        assertThat(finding.rule()).isEqualTo(SigningRule.PATIENT_NOT_ELIGIBLE);
        assertThat(finding.field()).isEqualTo("patientId");
        assertThat(finding.message()).isEqualTo("the patient is not eligible for dry needling on the session date"
                + reasons);
        SigningCheck check = SigningRules.check(Modality.DRY_NEEDLING, Sites.parse("SUBOCCIPITALS:LEFT"),
                aftercare("skin"), false).withViolation(finding);
        assertThat(rules(check.violations())).containsExactly("PATIENT_NOT_ELIGIBLE");
        assertThat(check.signable()).isFalse();
    }

    @Test
    void aSignableSessionDoesNotThrowEvenWithAWarning() {
        SigningCheck check = SigningRules.check(Modality.DRY_NEEDLING, Sites.parse("SUBOCCIPITALS:BILATERAL:3"),
                aftercare("skin"), true);
        check.orThrow();
        assertThat(check.signable()).isTrue();
        assertThat(check.warnings()).hasSize(1);
    }

    @Test
    void theDefaultPolicyIsTheTable() {
        assertThat(SigningPolicy.DEFAULT.thoraxMuscles()).isEqualTo(Set.of(Muscle.TRAPEZIUS, Muscle.UPPER_TRAPEZIUS,
                Muscle.LEVATOR_SCAPULAE, Muscle.RHOMBOIDS, Muscle.CERVICAL_PARASPINALS, Muscle.SCALENES));
        assertThat(SigningPolicy.DEFAULT.firstSessionMaxNeedles()).isEqualTo(2);
    }
}
