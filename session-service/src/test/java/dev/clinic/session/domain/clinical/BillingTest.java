package dev.clinic.session.domain.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.clinic.session.domain.MassageTechnique;
import dev.clinic.session.domain.Modality;

class BillingTest {

    static final Instant START = Instant.parse("2026-03-04T09:00:00Z");

    static BillingFacts massage(MassageTechnique technique, Instant startedAt, Instant endedAt) {
        return new BillingFacts(Modality.MASSAGE, technique, startedAt, endedAt, List.of());
    }

    static BillingFacts dryNeedling(String sites) {
        return new BillingFacts(Modality.DRY_NEEDLING, null, START, START.plusSeconds(1800), Sites.parse(sites));
    }

    /** Every 8-minute-rule boundary, for every technique. */
    static Stream<Arguments> massageMinutes() {
        int[][] minutesToUnits = {
                {0, 0}, {7, 0}, {8, 1}, {22, 1}, {23, 2}, {37, 2}, {38, 3}, {52, 3}, {53, 4}, {67, 4}, {68, 5},
                {90, 6}};
        Object[][] codes = {
                {MassageTechnique.SWEDISH, "97124"},
                {MassageTechnique.NEUROMUSCULAR, "97124"},
                {MassageTechnique.MYOFASCIAL_RELEASE, "97140"},
                {MassageTechnique.CRANIOSACRAL, "97140"}};
        List<Arguments> rows = new ArrayList<>();
        for (Object[] code : codes) {
            for (int[] row : minutesToUnits) {
                rows.add(Arguments.of(code[0], row[0], code[1], row[1]));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} min -> {2} x {3}")
    @MethodSource("massageMinutes")
    void massageIsBilledByTheEightMinuteRule(MassageTechnique technique, int minutes, String code, int units) {
        List<BillingLine> lines = Billing.lines(massage(technique, START, START.plusSeconds(minutes * 60L)));
        if (units == 0) {
            assertThat(lines).isEmpty();
        } else {
            assertThat(lines).singleElement().satisfies(line -> {
                assertThat(line.code()).isEqualTo(code);
                assertThat(line.units()).isEqualTo(units);
                assertThat(line.system()).isEqualTo("http://www.ama-assn.org/go/cpt");
                assertThat(line.display()).isNotBlank();
            });
        }
    }

    /** Whole minutes, rounded down: 7 min 59 s is 7 minutes and bills nothing; 22 min 59 s is still one unit. */
    @ParameterizedTest(name = "{0} s -> {1} units")
    @CsvSource({
            "479, 0",
            "480, 1",
            "1379, 1",
            "1380, 2",
    })
    void secondsAreRoundedDownToWholeMinutes(long seconds, int units) {
        List<BillingLine> lines = Billing.lines(massage(MassageTechnique.SWEDISH, START, START.plusSeconds(seconds)));
        assertThat(lines.stream().mapToInt(BillingLine::units).sum()).isEqualTo(units);
    }

    @Test
    void aMassageWithoutAnEndOrTechniqueBillsNothing() {
        assertThat(Billing.lines(massage(MassageTechnique.SWEDISH, START, null))).isEmpty();
        assertThat(Billing.lines(massage(null, START, START.plusSeconds(3600)))).isEmpty();
        assertThat(Billing.lines(massage(MassageTechnique.SWEDISH, START, START.minusSeconds(3600)))).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] -> {1} muscles, {2}")
    @CsvSource(delimiter = '|', value = {
            // sites                                                       | muscles | code
            "SUBOCCIPITALS:LEFT                                            | 1       | 20560",
            "SUBOCCIPITALS:LEFT SPLENIUS_CAPITIS:LEFT                       | 2       | 20560",
            "SUBOCCIPITALS:LEFT SPLENIUS_CAPITIS:LEFT TEMPORALIS:RIGHT      | 3       | 20561",
            // left and right of one muscle are two muscles
            "UPPER_TRAPEZIUS:LEFT UPPER_TRAPEZIUS:RIGHT                     | 2       | 20560",
            // so is BILATERAL
            "UPPER_TRAPEZIUS:BILATERAL                                      | 2       | 20560",
            // one BILATERAL and one other muscle make three
            "UPPER_TRAPEZIUS:BILATERAL SUBOCCIPITALS:LEFT                   | 3       | 20561",
            "SCALENES:BILATERAL MASSETER:BILATERAL                          | 4       | 20561",
            // the same muscle and side twice (two techniques, two depths) is still one muscle
            "GLUTEALS:LEFT:3 GLUTEALS:LEFT:2                                | 1       | 20560",
            // BILATERAL already covers LEFT
            "RHOMBOIDS:BILATERAL RHOMBOIDS:LEFT                             | 2       | 20560",
            // upper trapezius is a region of trapezius: one muscle per side
            "TRAPEZIUS:LEFT UPPER_TRAPEZIUS:LEFT                            | 1       | 20560",
            "TRAPEZIUS:LEFT UPPER_TRAPEZIUS:RIGHT LEVATOR_SCAPULAE:LEFT     | 3       | 20561",
            // needles do not matter, muscles do
            "STERNOCLEIDOMASTOID:RIGHT:20                                   | 1       | 20560",
    })
    void dryNeedlingIsBilledByDistinctMuscles(String sites, int muscles, String code) {
        assertThat(Billing.distinctMuscles(Sites.parse(sites))).isEqualTo(muscles);
        assertThat(Billing.lines(dryNeedling(sites))).singleElement().satisfies(line -> {
            assertThat(line.code()).isEqualTo(code);
            assertThat(line.units()).as("untimed: one unit per session").isEqualTo(1);
            assertThat(line.system()).isEqualTo("http://www.ama-assn.org/go/cpt");
        });
    }

    @Test
    void dryNeedlingIsUntimed() {
        BillingFacts twoHours = new BillingFacts(Modality.DRY_NEEDLING, null, START, START.plusSeconds(7200),
                Sites.parse("SUBOCCIPITALS:LEFT"));
        BillingFacts noEnd = new BillingFacts(Modality.DRY_NEEDLING, null, START, null,
                Sites.parse("SUBOCCIPITALS:LEFT"));
        assertThat(Billing.lines(twoHours)).containsExactly(Billing.lines(noEnd).get(0));
        assertThat(Billing.lines(noEnd)).extracting(BillingLine::units).containsExactly(1);
    }

    @Test
    void dryNeedlingWithoutSitesBillsNothing() {
        assertThat(Billing.lines(dryNeedling(""))).isEmpty();
    }

    /** Dry needling is not acupuncture: 97810–97814 never appear, whatever the session. */
    @Test
    void neverAnAcupunctureCode() {
        List<String> acupuncture = List.of("97810", "97811", "97812", "97813", "97814");
        List<BillingLine> all = new ArrayList<>();
        for (MassageTechnique technique : MassageTechnique.values()) {
            for (int minutes = 0; minutes <= 120; minutes++) {
                all.addAll(Billing.lines(massage(technique, START, START.plusSeconds(minutes * 60L))));
            }
        }
        List<Muscle> muscles = List.of(Muscle.values());
        for (int n = 1; n <= muscles.size(); n++) {
            List<NeedlingSite> sites = muscles.subList(0, n).stream()
                    .map(m -> Sites.site(m, Side.BILATERAL, 2)).toList();
            all.addAll(Billing.lines(new BillingFacts(Modality.DRY_NEEDLING, null, START, START.plusSeconds(1800),
                    sites)));
        }
        assertThat(all).isNotEmpty();
        assertThat(all).extracting(BillingLine::code).doesNotContainAnyElementsOf(acupuncture)
                .allMatch(code -> List.of("20560", "20561", "97124", "97140").contains(code));
        assertThat(List.of(CptCode.values())).extracting(CptCode::code).doesNotContainAnyElementsOf(acupuncture);
    }
}
