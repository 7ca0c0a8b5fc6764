package dev.clinic.patient.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a patient is found by free text. The entity keeps a folded copy of its names, email and
 * phone digits ({@link #document}); a query is folded the same way into terms ({@link #terms}),
 * each of which must occur in that copy. Folding makes the search case- and accent-insensitive:
 * "jose" finds "José", "MULLER" finds "Müller".
 */
public final class SearchText {

    /** The LIKE escape character used with {@link #containsPattern}. */
    public static final char LIKE_ESCAPE = '!';

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Dropped, so "O'Brien", "O’Brien" and "OBrien" are the same name to the search. */
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02bc]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_A_DIGIT = Pattern.compile("[^0-9]");
    /** A query made only of what people type into phone numbers is searched by its digits alone. */
    private static final Pattern PHONE_QUERY = Pattern.compile("\\+?[0-9 ().\\-/]+");
    private static final int MIN_PHONE_QUERY_DIGITS = 3;

    private SearchText() {
    }

    /**
     * Compatibility decomposition (NFKD rather than NFD, so full-width letters and ligatures fold
     * too), combining marks stripped, apostrophes dropped, lower case, single spaces.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = APOSTROPHES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
        return WHITESPACE.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Only the ASCII digits, so "+1 (305) 555-0142" and "13055550142" are the same number. */
    public static String digits(String text) {
        if (text == null) {
            return "";
        }
        return NOT_A_DIGIT.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    }

    /** The searchable copy of a patient: folded names and email, and the phone's digits, space-separated. */
    public static String document(String givenName, String familyName, String preferredName, String email,
            String phone) {
        return Stream.of(fold(givenName), fold(familyName), fold(preferredName), fold(email), digits(phone))
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /**
     * The terms a query matches on, each to be contained in the document. A query that looks like
     * a phone number ({@code +1 (305) 555-0142}) is one term of its digits; anything else is its
     * folded words. A query with nothing searchable in it has no terms (and filters nothing).
     */
    public static List<String> terms(String query) {
        String folded = fold(query);
        if (folded.isEmpty()) {
            return List.of();
        }
        String digits = digits(folded);
        if (PHONE_QUERY.matcher(folded).matches() && digits.length() >= MIN_PHONE_QUERY_DIGITS) {
            return List.of(digits);
        }
        return Arrays.stream(folded.split(" ")).distinct().toList();
    }

    /** A LIKE pattern matching {@code term} anywhere, its own {@code %} and {@code _} taken literally. */
    public static String containsPattern(String term) {
        Objects.requireNonNull(term, "term");
        StringBuilder pattern = new StringBuilder(term.length() + 2).append('%');
        for (char c : term.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
