package dev.clinic.patient.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.clinic.patient.domain.ExternalId;
import dev.clinic.platform.problem.ProblemException;

class ExternalIdQueryTest {

    @ParameterizedTest(name = "\"{0}\" -> {1} | {2}")
    @CsvSource(delimiter = ',', value = {
            "urn:oid:2.16.840.1.113883.19.5|MRN-004211, urn:oid:2.16.840.1.113883.19.5, MRN-004211",
            "https://ehr.example.com/mrn|42,             https://ehr.example.com/mrn,    42",
            // split at the first bar: a value may contain one
            "epic|A|B,                                    epic,                           A|B",
            "' epic | 42 ',                               epic,                           42",
    })
    void systemAndValue(String raw, String system, String value) {
        assertThat(ExternalIdQuery.parse(raw)).isEqualTo(new ExternalId(system, value));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void absentIsNoFilter(String raw) {
        assertThat(ExternalIdQuery.parse(raw)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "MRN-004211", "|", "|42", "epic|", " | ", "epic|  " })
    void withoutBothPartsIs400NamingTheParameter(String raw) {
        assertThatThrownBy(() -> ExternalIdQuery.parse(raw))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("externalId");
                        assertThat(error.message()).startsWith("must be system|value");
                    });
                });
    }
}
