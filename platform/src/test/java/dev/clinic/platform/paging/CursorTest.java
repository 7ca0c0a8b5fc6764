package dev.clinic.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.clinic.platform.problem.ProblemException;

class CursorTest {

    @Test
    void roundTripsAtMicrosecondPrecision() {
        Cursor cursor = new Cursor(Cursor.Ordering.UPDATED, Instant.parse("2026-03-04T09:30:00.123456Z"), UUID.randomUUID());
        assertThat(Cursor.decode(cursor.encode(), Cursor.Ordering.UPDATED)).isEqualTo(cursor);
        assertThat(cursor.encode()).doesNotContain("=", "+", "/");
    }

    @Test
    void aCursorOfOneOrderingIsRefusedByTheOther() {
        String created = new Cursor(Cursor.Ordering.CREATED, Instant.now(), UUID.randomUUID()).encode();
        assertThatThrownBy(() -> Cursor.decode(created, Cursor.Ordering.UPDATED))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).extracting("field").containsExactly("cursor");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = { "not-a-cursor", "!!!", "YXxifGM", "" })
    void garbageIs400(String value) {
        assertThatThrownBy(() -> Cursor.decode(value, Cursor.Ordering.CREATED))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void forgedTimestampIs400() {
        String forged = Base64.getUrlEncoder().encodeToString("c|soon|x".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Cursor.decode(forged, Cursor.Ordering.CREATED)).isInstanceOf(ProblemException.class);
    }
    /** The gateway makes audit-log cursors itself (gateway/.../audit/AuditCursor): the same vector is tested there. */
    @Test
    void newestFirstEncodingIsTheDocumentedOne() {
        Cursor cursor = new Cursor(Cursor.Ordering.NEWEST_FIRST, Instant.parse("2026-03-04T09:30:00.123456Z"),
                UUID.fromString("6f1e2d45-0000-4000-8000-00000000000a"));
        assertThat(cursor.encode()).isEqualTo("bnwxNzcyNjE2NjAwMTIzNDU2fDZmMWUyZDQ1LTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwYQ");
        assertThat(new String(Base64.getUrlDecoder().decode(cursor.encode()), StandardCharsets.UTF_8))
                .isEqualTo("n|1772616600123456|6f1e2d45-0000-4000-8000-00000000000a");
        assertThat(Keyset.newestFirstCursor(cursor.at(), cursor.id())).isEqualTo(cursor.encode());
    }

    @Test
    void aTimeBeyondAnyInstantIs400() {
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("n|" + Long.MAX_VALUE + "|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Cursor.decode(forged, Cursor.Ordering.NEWEST_FIRST))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
