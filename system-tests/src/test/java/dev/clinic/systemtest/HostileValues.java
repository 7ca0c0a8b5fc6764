package dev.clinic.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.clinic.systemtest.HostileOpenApi.Kind;

/**
 * The input rules of the API (docs/security.md, "Hostile input") as the test states them, so it
 * knows which hostile value the server must refuse and which is merely unusual data.
 */
final class HostileValues {

    static final List<String> INJECTIONS = List.of(
            "'; drop table patient; --",
            "<script>alert(1)</script>",
            "' or 1=1 --",
            "\" or \"\"=\"",
            "1; select pg_sleep(5)",
            "${jndi:ldap://example.org/a}",
            "{{7*7}}",
            "../../../../etc/passwd",
            "%00",
            "') union select * from patient --");

    static final List<String> EMOJI = List.of("😀", "👩🏽‍⚕️", "🧠💉", "Zoë Ångström", "王秀英", "مريم", "‮reversed");

    private HostileValues() {
    }

    /**
     * The control-character rule: C0 controls except TAB, LF and CR, DEL, and unpaired UTF-16
     * surrogates are refused in every string of a body and every query parameter. Emoji (paired
     * surrogates) and all other characters are text.
     */
    static boolean hasForbiddenCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the server must refuse this text in a place of this schema. */
    static boolean textViolates(JsonNode schema, String value) {
        if (hasForbiddenCharacter(value)) {
            return true;
        }
        Kind kind = HostileOpenApi.kindOf(schema);
        if (kind == Kind.ARRAY) {
            // a repeatable query parameter: each value is one item
            return textViolates(schema.path("items"), value);
        }
        if (schema.has("maxLength") && value.codePointCount(0, value.length()) > schema.get("maxLength").asInt()) {
            return true;
        }
        if (schema.has("minLength") && value.codePointCount(0, value.length()) < schema.get("minLength").asInt()) {
            return true;
        }
        return switch (kind) {
            case FREE_TEXT -> {
                String pattern = schema.path("pattern").asText("");
                yield !pattern.isEmpty() && !matches(pattern, value);
            }
            case STRUCTURED_TEXT -> !structuredValid(schema, value);
            case INTEGER -> !integerValid(schema, value);
            case NUMBER -> !numberValid(schema, value);
            case BOOLEAN -> !(value.equals("true") || value.equals("false"));
            default -> false;
        };
    }

    private static boolean structuredValid(JsonNode schema, String value) {
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode option : schema.get("enum")) {
                found |= option.asText().equals(value);
            }
            if (!found) {
                return false;
            }
        }
        try {
            switch (schema.path("format").asText("")) {
                case "uuid" -> UUID.fromString(value);
                case "date" -> LocalDate.parse(value);
                case "date-time" -> Instant.parse(value);
                case "time", "local-time" -> LocalTime.parse(value);
                default -> {
                }
            }
        } catch (RuntimeException e) {
            return false;
        }
        String pattern = schema.path("pattern").asText("");
        return pattern.isEmpty() || matches(pattern, value);
    }

    private static boolean matches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).find();
        } catch (PatternSyntaxException e) {
            return true;
        }
    }

    static boolean integerValid(JsonNode schema, String value) {
        try {
            return inRange(schema, new BigDecimal(new BigInteger(value)), true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean numberValid(JsonNode schema, String value) {
        try {
            return inRange(schema, new BigDecimal(value), false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whether a JSON number is one the schema accepts (integral, in range, in the format's range). */
    static boolean inRange(JsonNode schema, BigDecimal value, boolean integer) {
        if (integer && value.stripTrailingZeros().scale() > 0) {
            return false;
        }
        if (schema.has("minimum") && value.compareTo(new BigDecimal(schema.get("minimum").asText())) < 0) {
            return false;
        }
        if (schema.has("maximum") && value.compareTo(new BigDecimal(schema.get("maximum").asText())) > 0) {
            return false;
        }
        if (schema.has("exclusiveMinimum") && schema.get("exclusiveMinimum").isNumber()
                && value.compareTo(schema.get("exclusiveMinimum").decimalValue()) <= 0) {
            return false;
        }
        if (schema.has("exclusiveMaximum") && schema.get("exclusiveMaximum").isNumber()
                && value.compareTo(schema.get("exclusiveMaximum").decimalValue()) >= 0) {
            return false;
        }
        String format = schema.path("format").asText("");
        if (integer || format.startsWith("int")) {
            BigDecimal min = format.equals("int32") ? BigDecimal.valueOf(Integer.MIN_VALUE) : BigDecimal.valueOf(Long.MIN_VALUE);
            BigDecimal max = format.equals("int32") ? BigDecimal.valueOf(Integer.MAX_VALUE) : BigDecimal.valueOf(Long.MAX_VALUE);
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                return false;
            }
        }
        // a double of the JVM: 1e309 is infinite, and no field of the API wants that
        return value.abs().compareTo(new BigDecimal("1e300")) < 0;
    }

    /** Text a schema takes as legitimate data even though it looks hostile (emoji, injections). */
    static boolean isFreeText(JsonNode schema) {
        return HostileOpenApi.kindOf(schema) == Kind.FREE_TEXT && !schema.has("enum");
    }

    /** Shown in failure messages: short, with invisible characters made visible. */
    static String show(String value) {
        StringBuilder out = new StringBuilder();
        int shown = Math.min(value.length(), 60);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (value.length() > shown) {
            out.append("…(").append(value.length()).append(" chars)");
        }
        return out.toString();
    }
}
