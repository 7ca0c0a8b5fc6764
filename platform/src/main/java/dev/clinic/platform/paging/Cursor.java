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
 */
record Cursor(Ordering ordering, Instant at, UUID id) {

    enum Ordering {
        CREATED("c"), UPDATED("u");

        final String tag;

        Ordering(String tag) {
            this.tag = tag;
        }
    }

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
            return new Cursor(expected, at, UUID.fromString(parts[2]));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalid("cursor", "is not a cursor this API issued for this list and ordering");
    }
}
