package dev.clinic.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.clinic.platform.problem.ProblemException;

class ETagsTest {

    @ParameterizedTest(name = "If-Match {0} vs version {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "\"3\"          | 3 | true",
            "\"2\"          | 3 | false",
            "*              | 3 | true",
            "\"1\", \"3\"   | 3 | true",
            "W/\"3\"        | 3 | false",
            "3              | 3 | false",
            "\"33\"         | 3 | false",
    })
    void strongComparison(String ifMatch, long version, boolean matches) {
        assertThat(ETags.matches(ifMatch, version)).isEqualTo(matches);
    }

    @ParameterizedTest
    @CsvSource({ "'\"4\"', 5", "'W/\"5\"', 5" })
    void staleVersionIs412(String ifMatch, long version) {
        assertThatThrownBy(() -> ETags.checkIfMatch(ifMatch, version))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(412));
    }

    @ParameterizedTest
    @CsvSource(value = { "''", "'   '" })
    void absentIfMatchIsUnconditional(String ifMatch) {
        assertThatCode(() -> ETags.checkIfMatch(ifMatch, 9)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.checkIfMatch(null, 9)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({ "0, \"0\"", "12, \"12\"" })
    void etagIsTheQuotedVersion(long version, String header) {
        assertThat(ETags.of(version).toString()).isEqualTo(header);
    }
}
