package dev.clinic.session.domain.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.session.domain.Modality;

class NeedlingSiteRulesTest {

    static NeedlingSite site(Integer count, String diameter, Integer length, Integer depth, Integer retention) {
        return new NeedlingSite(Muscle.UPPER_TRAPEZIUS, Side.BILATERAL, count,
                diameter == null ? null : new BigDecimal(diameter), length, depth, NeedlingTechnique.STATIC, retention,
                false);
    }

    /** Each range at its boundaries; a second site so the index in the path is visible. */
    @ParameterizedTest(name = "count={0} diameter={1} length={2} depth={3} retention={4} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // count | diameter | length | depth | retention | failing field: message
            "1       | 0.12     | 13     | 1     | 0         | -",
            "20      | 0.40     | 100    | 100   | 1800      | -",
            "2       | 0.25     | 30     | 15    | 60        | -",
            // optional values may be left out; needleCount may not
            "1       | -        | -      | -     | -         | -",
            "-       | 0.25     | 30     | 15    | 60        | needlingSites[1].needleCount: is required",
            "0       | 0.25     | 30     | 15    | 60        | needlingSites[1].needleCount: must be between 1 and 20",
            "21      | 0.25     | 30     | 15    | 60        | needlingSites[1].needleCount: must be between 1 and 20",
            "1       | 0.11     | 30     | 15    | 60        | needlingSites[1].needleDiameterMm: must be between 0.12 and 0.40",
            "1       | 0.41     | 30     | 15    | 60        | needlingSites[1].needleDiameterMm: must be between 0.12 and 0.40",
            "1       | 0.119    | 30     | 15    | 60        | needlingSites[1].needleDiameterMm: must be between 0.12 and 0.40",
            "1       | 0.255    | 30     | 15    | 60        | needlingSites[1].needleDiameterMm: must have at most two decimals",
            "1       | 0.3000   | 30     | 15    | 60        | -",
            "1       | 0.25     | 12     | 12    | 60        | needlingSites[1].needleLengthMm: must be between 13 and 100",
            "1       | 0.25     | 101    | 15    | 60        | needlingSites[1].needleLengthMm: must be between 13 and 100",
            "1       | 0.25     | 30     | 0     | 60        | needlingSites[1].depthMm: must be between 1 and 100",
            "1       | 0.25     | -      | 101   | 60        | needlingSites[1].depthMm: must be between 1 and 100",
            // a needle reaches no deeper than it is long
            "1       | 0.25     | 30     | 30    | 60        | -",
            "1       | 0.25     | 30     | 31    | 60        | needlingSites[1].depthMm: must not exceed needleLengthMm (30)",
            "1       | 0.25     | 30     | 15    | -1        | needlingSites[1].retentionSeconds: must be between 0 and 1800",
            "1       | 0.25     | 30     | 15    | 1801      | needlingSites[1].retentionSeconds: must be between 0 and 1800",
    })
    void everyValueStaysInItsRange(Integer count, String diameter, Integer length, Integer depth, Integer retention,
            String failure) {
        List<NeedlingSite> sites = List.of(Sites.site(Muscle.SUBOCCIPITALS, Side.LEFT, 1),
                site(count, diameter, length, depth, retention));
        List<FieldError> errors = NeedlingSiteRules.violations(Modality.DRY_NEEDLING, sites);
        if (failure == null) {
            assertThat(errors).isEmpty();
        } else {
            String[] expected = failure.split(": ", 2);
            assertThat(errors).containsExactly(new FieldError(expected[0], expected[1]));
        }
    }

    @Test
    void everyBrokenValueIsReportedAtOnce() {
        NeedlingSite empty = new NeedlingSite(null, null, null, null, null, null, null, null, false);
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> NeedlingSiteRules.check(Modality.DRY_NEEDLING, Arrays.asList(empty, null,
                        site(0, "0.5", 5, 0, 9999))));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.errors()).extracting(FieldError::field).containsExactly(
                "needlingSites[0].muscle", "needlingSites[0].side", "needlingSites[0].needleCount",
                "needlingSites[0].technique", "needlingSites[1]", "needlingSites[2].needleCount",
                "needlingSites[2].needleDiameterMm", "needlingSites[2].needleLengthMm", "needlingSites[2].depthMm",
                "needlingSites[2].retentionSeconds");
    }

    @Test
    void aMassageHasNoNeedlingSites() {
        assertThat(NeedlingSiteRules.violations(Modality.MASSAGE, Sites.parse("GLUTEALS:LEFT")))
                .containsExactly(new FieldError("needlingSites", "must be empty when modality is MASSAGE"));
        assertThat(NeedlingSiteRules.violations(Modality.MASSAGE, List.of())).isEmpty();
        assertThat(NeedlingSiteRules.violations(Modality.MASSAGE, null)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] -> {1} needles")
    @CsvSource(delimiter = '|', value = {
            "''                                        | 0",
            "SUBOCCIPITALS:LEFT:2                      | 2",
            "SUBOCCIPITALS:BILATERAL:2                 | 4",
            "UPPER_TRAPEZIUS:BILATERAL:1 SCALENES:RIGHT:3 | 5",
    })
    void needleCountIsPerSide(String sites, int needles) {
        assertThat(NeedlingSiteRules.totalNeedles(Sites.parse(sites))).isEqualTo(needles);
    }
}
