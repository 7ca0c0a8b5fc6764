package dev.clinic.patient.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTextTest {

    @ParameterizedTest(name = "\"{0}\" folds to \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "José               | jose",
            "JOSÉ               | jose",
            "Müller             | muller",
            "MÜLLER             | muller",
            "Ångström           | angstrom",
            "Çelik              | celik",
            "İnci               | inci",
            "Nguyễn             | nguyen",
            "François-Xavier    | francois-xavier",
            "O'Brien            | obrien",
            "O’Brien            | obrien",
            "'  Mary    Ann  '  | mary ann",
            "Ｍａｒｉａ          | maria",
            "ﬁona               | fiona",
            "maria.lopez@EXAMPLE.com | maria.lopez@example.com",
            // No decomposition exists for these: they stay as they are, on both sides of a search.
            "Straße             | straße",
            "Søren              | søren",
            "100%_done          | 100%_done",
    })
    void foldsCaseAccentsAndSpacing(String text, String folded) {
        assertThat(SearchText.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "   ", "\u0301" })
    void nothingFoldsToEmpty(String text) {
        assertThat(SearchText.fold(text)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" has digits \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "+1 (305) 555-0142 | 13055550142",
            "305.555.0142      | 3055550142",
            "+44 20 7946 0958  | 442079460958",
            "１２３-４５６       | 123456",
            "call me           | ''",
    })
    void phoneNumbersAreTheirDigits(String phone, String digits) {
        assertThat(SearchText.digits(phone)).isEqualTo(digits);
    }

    @Test
    void documentHoldsFoldedNamesEmailAndPhoneDigits() {
        assertThat(SearchText.document("José", "Müller", "Pepe", "Jose.M@Example.com", "+1 305 555 0142"))
                .isEqualTo("jose muller pepe jose.m@example.com 13055550142");
        assertThat(SearchText.document("Ana", "Ruiz", null, null, null)).isEqualTo("ana ruiz");
        assertThat(SearchText.document("Ana", "Ruiz", " ", "", "()")).isEqualTo("ana ruiz");
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "jose                 | jose",
            "JOSÉ  Müller         | jose,muller",
            "lopez LOPEZ          | lopez",
            "maria@example        | maria@example",
            // phone-like queries are one term of digits, whatever the punctuation
            "305-555-0142         | 3055550142",
            "+1 (305) 555 0142    | 13055550142",
            "555 0142             | 5550142",
            // too few digits for a phone number, and mixed queries, are words
            "12                   | 12",
            "maria 305            | maria,305",
            // wildcards are characters like any other (escaped by containsPattern)
            "%                    | %",
            "a_b                  | a_b",
    })
    void queriesBecomeTerms(String query, String terms) {
        assertThat(SearchText.terms(query)).containsExactlyElementsOf(Arrays.asList(terms.split(",")));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "   ", "\t", "'" })
    void emptyQueriesHaveNoTerms(String query) {
        assertThat(SearchText.terms(query)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "jose   | %jose%",
            "%      | %!%%",
            "_      | %!_%",
            "a_b%c  | %a!_b!%c%",
            "x!y    | %x!!y%",
    })
    void likePatternsTakeWildcardsLiterally(String term, String pattern) {
        assertThat(SearchText.containsPattern(term)).isEqualTo(pattern);
    }

    @Test
    void aQueryFindsTheDocumentItWasFoldedFrom() {
        String document = SearchText.document("José María", "Müller-Łukasz", null, "jm@example.com",
                "+1 (305) 555-0142");
        for (String query : List.of("jose", "MARIA", "muller", "maría müller", "3055550142", "305 555 0142",
                "jm@example")) {
            assertThat(SearchText.terms(query)).as(query).allSatisfy(term -> assertThat(document).contains(term));
        }
    }
}
