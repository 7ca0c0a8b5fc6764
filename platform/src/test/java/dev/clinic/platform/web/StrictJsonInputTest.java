package dev.clinic.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.clinic.platform.web.StrictJsonInput.RefusedValueException;

class StrictJsonInputTest {

    record Note(String text, List<String> tags, Integer count) {
    }

    private final ObjectMapper mapper = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJsonInput().customize(mapper);
        // as in Quarkus, the JavaTimeModule may come after the customizer: the rules must hold anyway
        mapper.findAndRegisterModules();
        return mapper;
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreRefusedNamingTheField() {
        for (String hostile : List.of("a\\u0000b", "\\u0001", "x\\u001b[31m", "\\u007f", "\\ud800", "a\\udfffb",
                "\\ud83d")) {
            assertThatThrownBy(() -> mapper.readValue("{\"text\":\"" + hostile + "\"}", Note.class))
                    .as(hostile).isInstanceOf(RefusedValueException.class)
                    .satisfies(e -> assertThat(((JsonMappingException) e).getPath().get(0).getFieldName())
                            .isEqualTo("text"));
        }
        assertThatThrownBy(() -> mapper.readValue("{\"tags\":[\"ok\",\"bad\\u0000\"]}", Note.class))
                .isInstanceOf(RefusedValueException.class);
    }

    @Test
    void emojiTabsNewlinesAndOtherScriptsAreText() throws Exception {
        String text = "Zoë 王 \uD83D\uDE00\tline\r\nmore \u202e";
        Note note = mapper.readValue(mapper.writeValueAsString(new Note(text, List.of("\uD83E\uDDE0"), 1)), Note.class);
        assertThat(note.text()).isEqualTo(text);
        assertThat(note.tags()).containsExactly("\uD83E\uDDE0");
    }

    @Test
    void scalarsAreStillNotCoercedToText() {
        assertThatThrownBy(() -> mapper.readValue("{\"text\":42}", Note.class))
                .isInstanceOf(MismatchedInputException.class)
                .isNotInstanceOf(RefusedValueException.class);
    }

    @Test
    void aBodyIsOneJsonValueWithUniqueNames() {
        assertThatThrownBy(() -> mapper.readValue("{\"text\":\"a\"} {}", Note.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"text\":\"a\"} x", Note.class))
                .isInstanceOf(JsonParseException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"text\":\"a\",\"text\":\"b\"}", Note.class))
                .isInstanceOf(JsonParseException.class);
    }

    record Choice(java.util.Set<String> options) {
    }

    @Test
    void aSetMustNotRepeatAnItem() throws Exception {
        assertThat(mapper.readValue("{\"options\":[\"a\",\"b\"]}", Choice.class).options()).containsExactlyInAnyOrder("a", "b");
        assertThatThrownBy(() -> mapper.readValue("{\"options\":[\"a\",\"b\",\"a\"]}", Choice.class))
                .isInstanceOf(RefusedValueException.class)
                .satisfies(e -> assertThat(((JsonMappingException) e).getPath().get(0).getFieldName()).isEqualTo("options"));
        assertThatThrownBy(() -> mapper.readValue("{\"options\":[\"a\",\"\\u0000\"]}", Choice.class))
                .isInstanceOf(RefusedValueException.class);
    }

    enum Colour { RED, GREEN }

    record Typed(Boolean flag, boolean primitiveFlag, Integer count, int primitiveCount, java.math.BigDecimal amount,
            java.time.Instant at, java.time.LocalDate day, java.time.LocalTime time, Colour colour, java.util.UUID id) {
    }

    @Test
    void noScalarIsCoercedIntoAnotherType() {
        for (String body : List.of("{\"flag\":42}", "{\"flag\":1}", "{\"primitiveFlag\":0}", "{\"flag\":2.5}",
                "{\"count\":true}", "{\"primitiveCount\":false}", "{\"amount\":true}", "{\"count\":2.5}",
                "{\"at\":42}", "{\"at\":2.5}", "{\"at\":true}", "{\"day\":42}", "{\"day\":2.5}", "{\"time\":42}",
                "{\"colour\":1}", "{\"id\":42}", "{\"day\":\"\"}", "{\"at\":\"\"}", "{\"count\":\"1\"}",
                "{\"flag\":\"true\"}")) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> mapper.readValue(body, Typed.class)))
                    .as(body).isInstanceOf(MismatchedInputException.class);
        }
    }

    @Test
    void wellTypedValuesAreRead() throws Exception {
        Typed typed = mapper.readValue("{\"flag\":true,\"primitiveFlag\":true,\"count\":3,\"primitiveCount\":4,"
                + "\"amount\":7,\"at\":\"2026-03-04T09:30:00Z\",\"day\":\"2026-03-04\",\"time\":\"09:30\","
                + "\"colour\":\"GREEN\",\"id\":\"5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11\"}", Typed.class);
        assertThat(typed.flag()).isTrue();
        assertThat(typed.count()).isEqualTo(3);
        assertThat(typed.amount()).isEqualByComparingTo("7");
        assertThat(typed.at()).isEqualTo(java.time.Instant.parse("2026-03-04T09:30:00Z"));
        assertThat(typed.day()).isEqualTo(java.time.LocalDate.of(2026, 3, 4));
        assertThat(typed.colour()).isEqualTo(Colour.GREEN);
    }

    @Test
    void theRuleItself() {
        assertThat(SafeText.isSafe("plain \t\n\r text 😀")).isTrue();
        assertThat(SafeText.firstForbidden("ab\u0000")).isEqualTo(2);
        assertThat(SafeText.firstForbidden("\uD83D\uDE00\uD800")).isEqualTo(2);
        assertThat(SafeText.describe("a\u001b")).contains("U+001B at position 1");
    }
}
