package dev.clinic.platform.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

import dev.clinic.platform.problem.ProblemException;

/**
 * Keyset position: the sort timestamp and id of the last item of a page. Opaque to clients
 * (base64url), and bound to the ordering it was made for so a cursor of a sync list cannot be
 * replayed on a plain list.
 * <p>
 * The encoding is stable, because the gateway makes cursors of the audit log too (it merges the
 * services' pages): base64url without padding of {@code <tag>|<epoch microseconds>|<uuid>}, the
 * tag naming the ordering ({@code c}, {@code u}, or {@code n} for newest first).
 */
record Cursor(Ordering ordering, Instant at, UUID id) {

    enum Ordering {
        CREATED("c"), UPDATED("u"),
        /** (time desc, id desc), e.g. the audit log; the gateway's audit cursors use this tag too. */
        NEWEST_FIRST("n");

        final String tag;

        Ordering(String tag) {
            this.tag = tag;
        }
    }

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        String raw = ordering.tag + "|" + micros + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String value, Ordering expected) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3 || !parts[0].equals(expected.tag)) {
                throw invalid();
            }
            Instant at = Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS);
            if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
                // no row has such a time; the database could not even compare it
                throw invalid();
            }
            return new Cursor(expected, at, UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            // not base64, not a number, not a UUID, or a time beyond what an Instant holds
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalid("cursor", "is not a cursor this API issued for this list and ordering");
    }
}
