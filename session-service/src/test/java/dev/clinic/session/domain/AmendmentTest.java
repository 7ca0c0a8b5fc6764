package dev.clinic.session.domain;

import static dev.clinic.session.domain.Drafts.OWNER;
import static dev.clinic.session.domain.Drafts.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;

class AmendmentTest {

    /** A text of {@code length} characters, "blank" for spaces only, null for none. */
    static String text(String length) {
        if (length == null) {
            return null;
        }
        return "blank".equals(length) ? "  \t " : "x".repeat(Integer.parseInt(length));
    }

    @ParameterizedTest(name = "reason {0}, text {1} -> [{2}]")
    @CsvSource(nullValues = "-", value = {
            // reason | text  | fields named
            "1,       1,      ''",
            "500,     10000,  ''",
            "0,       10,     reason",
            "blank,   10,     reason",
            "-,       10,     reason",
            "501,     10,     reason",
            "10,      0,      text",
            "10,      blank,  text",
            "10,      -,      text",
            "10,      10001,  text",
            "-,       10001,  reason text",
    })
    void reasonAndTextAreRequiredAndBounded(String reason, String text, String fields) {
        TreatmentSession session = signed();
        List<String> expected = fields.isBlank() ? List.of() : List.of(fields.split(" "));
        if (expected.isEmpty()) {
            Amendment amendment = session.amend(OWNER, text(reason), text(text));
            assertThat(amendment.getReason()).isEqualTo(text(reason));
            assertThat(amendment.getText()).isEqualTo(text(text));
            return;
        }
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> session.amend(OWNER, text(reason), text(text)));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.errors()).extracting(FieldError::field).containsExactlyElementsOf(expected);
    }
}
