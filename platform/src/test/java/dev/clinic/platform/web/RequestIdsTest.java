package dev.clinic.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @ParameterizedTest
    @CsvSource({ "abc-123", "trace.id_42", "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c" })
    void saneCallerIdsAreKept(String id) {
        assertThat(RequestIds.accept(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "has space", "<script>", "new\nline", "ünïcode" })
    void anythingElseIsReplacedByAUuid(String id) {
        assertThat(RequestIds.accept(id)).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @org.junit.jupiter.api.Test
    void overlongIdsAreReplaced() {
        assertThat(RequestIds.accept("a".repeat(129))).hasSize(36);
        assertThat(RequestIds.accept("a".repeat(128))).hasSize(128);
    }
}
