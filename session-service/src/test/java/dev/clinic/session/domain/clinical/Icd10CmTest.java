package dev.clinic.session.domain.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;

class Icd10CmTest {

    @ParameterizedTest(name = "{0} -> well-formed {1}, display {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // the clinic's table
            "G43.009  | true  | Migraine without aura, not intractable, without status migrainosus",
            "G43.109  | true  | Migraine with aura, not intractable, without status migrainosus",
            "G43.709  | true  | Chronic migraine without aura, not intractable, without status migrainosus",
            "G43.909  | true  | Migraine, unspecified, not intractable, without status migrainosus",
            "G44.209  | true  | Tension-type headache, unspecified, not intractable",
            "G44.219  | true  | Episodic tension-type headache, not intractable",
            "G44.229  | true  | Chronic tension-type headache, not intractable",
            "G44.86   | true  | Cervicogenic headache",
            "M79.18   | true  | Myalgia, other site",
            // well-formed codes outside the table: accepted, without a display
            "M54.2    | true  | -",
            "R51.9    | true  | -",
            "G44      | true  | -",
            "C4A.0    | true  | -",
            "S13.4XXA | true  | -",
            "M1A.00X0 | true  | -",
            "Z3A.20   | true  | -",
            "U07.1    | true  | -",
            // not ICD-10-CM
            "g43.009  | false | -",
            "G43009   | false | -",
            "G43.     | false | -",
            "G43.00919 | false | -",
            "4G3.009  | false | -",
            "GG3.009  | false | -",
            "G4C.0    | false | -",
            "G4       | false | -",
            "G43-009  | false | -",
            "' G43.009' | false | -",
            "''       | false | -",
            "8472     | false | -",
    })
    void codesAreWellFormedAndTheKnownOnesHaveADisplay(String code, boolean wellFormed, String display) {
        assertThat(Icd10Cm.isWellFormed(code)).isEqualTo(wellFormed);
        assertThat(Icd10Cm.display(code).orElse(null)).isEqualTo(display);
        assertThat(Icd10Cm.violations("diagnosisCodes", List.of(code))).hasSize(wellFormed ? 0 : 1);
    }

    @Test
    void everyBadCodeIsNamedByItsIndex() {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> Icd10Cm.check("diagnosisCodes",
                Arrays.asList("G43.009", "migraine", null, "M79.18", "G43.009")));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.errors()).containsExactly(
                new FieldError("diagnosisCodes[1]",
                        "must be an ICD-10-CM code such as G43.009 (upper case, a dot after the third character)"),
                new FieldError("diagnosisCodes[2]",
                        "must be an ICD-10-CM code such as G43.009 (upper case, a dot after the third character)"),
                new FieldError("diagnosisCodes[4]", "G43.009 is listed more than once"));
    }

    @Test
    void noCodesAreFine() {
        Icd10Cm.check("diagnosisCodes", List.of());
        Icd10Cm.check("diagnosisCodes", null);
    }

    @Test
    void aCodingCarriesTheSystem() {
        assertThat(Icd10Cm.coding("G44.86")).isEqualTo(
                new Coding("http://hl7.org/fhir/sid/icd-10-cm", "G44.86", "Cervicogenic headache"));
        assertThat(Icd10Cm.coding("M54.2").display()).isNull();
        assertThat(Icd10Cm.known()).hasSize(9);
    }
}
