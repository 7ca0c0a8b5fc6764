package dev.clinic.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * The services' keyset cursor of the audit log, made by the gateway for a merged page: the
 * position (occurredAt, id) of the last event shown, so each service continues after it. The
 * encoding is the platform's ({@code dev.clinic.platform.paging.Cursor}, ordering "newest first"):
 * base64url without padding of {@code n|<epoch microseconds>|<uuid>}. Both sides test the same
 * vector, so a change on one side fails a test on the other.
 */
final class AuditCursor {

    static final String NEWEST_FIRST = "n";

    private AuditCursor() {
    }

    static String encode(Instant occurredAt, String id) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt);
        String raw = NEWEST_FIRST + "|" + micros + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
