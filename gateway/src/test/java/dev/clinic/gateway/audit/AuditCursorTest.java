package dev.clinic.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditCursorTest {

    /** The same vector as platform's CursorTest.newestFirstEncodingIsTheDocumentedOne: both sides agree. */
    @Test
    void encodesLikeThePlatformsNewestFirstCursor() {
        assertThat(AuditCursor.encode(Instant.parse("2026-03-04T09:30:00.123456Z"),
                "6f1e2d45-0000-4000-8000-00000000000a"))
                .isEqualTo("bnwxNzcyNjE2NjAwMTIzNDU2fDZmMWUyZDQ1LTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwYQ");
    }
}
