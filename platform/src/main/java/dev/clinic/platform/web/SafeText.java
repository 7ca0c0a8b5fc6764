package dev.clinic.platform.web;

import java.util.Locale;

/**
 * The one rule for characters in text the API takes (every string of a JSON body, every query and
 * path parameter): C0 control characters other than TAB, LF and CR, DEL, and UTF-16 surrogates
 * that are not part of a pair are refused. They are never data a person typed, PostgreSQL cannot
 * store NUL in text at all, and a lone surrogate cannot be written as UTF-8 without being altered.
 * Everything else is text, emoji and every script included.
 */
public final class SafeText {

    /** What a client is told when a value breaks the rule. */
    public static final String MESSAGE = "must not contain control characters (other than tab, line feed and "
            + "carriage return) or unpaired UTF-16 surrogates";

    private SafeText() {
    }

    /** The index of the first character the rule refuses, or -1 when the text is fine. */
    public static int firstForbidden(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return i;
                }
            } else if (c == 0x7f) {
                return i;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isSafe(CharSequence text) {
        return text == null || firstForbidden(text) < 0;
    }

    /** The message naming the offending character, e.g. "... (U+0000 at position 3)". */
    public static String describe(CharSequence text) {
        int at = firstForbidden(text);
        return at < 0 ? MESSAGE
                : MESSAGE + String.format(Locale.ROOT, " (U+%04X at position %d)", (int) text.charAt(at), at);
    }
}
