package dev.clinic.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = { "a", "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c", "ehr-sync.2026_03_04", "A.b-C_d" })
    void keepsSaneIds(String id) {
        assertThat(RequestIds.accept(id)).isEqualTo(id);
    }

    @Test
    void keepsIdOfExactlyMaximumLength() {
        String id = "x".repeat(128);
        assertThat(RequestIds.accept(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { " ", "has space", "a\r\nSet-Cookie: x", "ü", "semi;colon", "quote\"" })
    void replacesOtherValuesWithUuid(String candidate) {
        String id = RequestIds.accept(candidate);
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
    }

    @Test
    void replacesOverlongId() {
        String id = RequestIds.accept("x".repeat(129));
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
    }
}
