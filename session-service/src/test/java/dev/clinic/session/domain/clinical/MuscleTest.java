package dev.clinic.session.domain.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MuscleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // muscle             | system                                     | code                 | over thorax
            "STERNOCLEIDOMASTOID  | http://snomed.info/sct                     | 22823000             | false",
            "TEMPORALIS           | http://snomed.info/sct                     | 52927003             | false",
            "MASSETER             | http://snomed.info/sct                     | 79368004             | false",
            "TRAPEZIUS            | http://snomed.info/sct                     | 31764008             | true",
            "UPPER_TRAPEZIUS      | https://clinic.dev/fhir/CodeSystem/muscle  | upper-trapezius      | true",
            "SUBOCCIPITALS        | https://clinic.dev/fhir/CodeSystem/muscle  | suboccipitals        | false",
            "SPLENIUS_CAPITIS     | https://clinic.dev/fhir/CodeSystem/muscle  | splenius-capitis     | false",
            "LEVATOR_SCAPULAE     | https://clinic.dev/fhir/CodeSystem/muscle  | levator-scapulae     | true",
            "RHOMBOIDS            | https://clinic.dev/fhir/CodeSystem/muscle  | rhomboids            | true",
            "CERVICAL_PARASPINALS | https://clinic.dev/fhir/CodeSystem/muscle  | cervical-paraspinals | true",
            "SCALENES             | https://clinic.dev/fhir/CodeSystem/muscle  | scalenes             | true",
            "GLUTEALS             | https://clinic.dev/fhir/CodeSystem/muscle  | gluteals             | false",
    })
    void theTableIsDomainMds(Muscle muscle, String system, String code, boolean overThorax) {
        assertThat(muscle.coding().system()).isEqualTo(system);
        assertThat(muscle.coding().code()).isEqualTo(code);
        assertThat(muscle.overThorax()).isEqualTo(overThorax);
        assertThat(Muscle.of(system, code)).contains(muscle);
    }

    /** Only the four verified codes are SNOMED CT; nothing else may claim to be. */
    @Test
    void noSnomedCodeIsInvented() {
        List<String> snomed = Arrays.stream(Muscle.values())
                .filter(m -> m.coding().system().equals(Coding.SNOMED_CT))
                .map(m -> m.coding().code()).toList();
        assertThat(snomed).containsExactlyInAnyOrder("22823000", "52927003", "79368004", "31764008");
    }

    @Test
    void everyCodeIsUniqueWithinItsSystemAndEveryMuscleHasADisplay() {
        Set<String> seen = new HashSet<>();
        for (Muscle muscle : Muscle.values()) {
            assertThat(seen.add(muscle.coding().system() + "|" + muscle.coding().code())).isTrue();
            assertThat(muscle.display()).isNotBlank();
        }
    }

    @Test
    void upperTrapeziusRefinesTrapezius() {
        assertThat(Muscle.UPPER_TRAPEZIUS.refines()).contains(Muscle.TRAPEZIUS);
        assertThat(Muscle.UPPER_TRAPEZIUS.anatomical()).isEqualTo(Muscle.TRAPEZIUS);
        assertThat(Muscle.TRAPEZIUS.refines()).isEmpty();
        assertThat(Muscle.SCALENES.anatomical()).isEqualTo(Muscle.SCALENES);
        assertThat(Muscle.of(Coding.SNOMED_CT, "upper-trapezius")).isEmpty();
    }
}
