package dev.clinic.gateway.edge;

/**
 * One caller's allowance: up to {@code capacity} requests at once, refilled continuously at
 * {@code refillPerMinute}. Time comes from the caller (nanoseconds of a monotonic clock), so the
 * arithmetic is testable without waiting.
 */
final class TokenBucket {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final Limit limit;
    private final double tokensPerNano;
    private double tokens;
    private long updated;

    TokenBucket(Limit limit, long now) {
        this.limit = limit;
        this.tokensPerNano = limit.refillPerMinute() / NANOS_PER_MINUTE;
        this.tokens = limit.capacity();
        this.updated = now;
    }

    /** Takes one token if there is one; the decision says what is left and when to come back. */
    synchronized Decision take(long now) {
        refill(now);
        boolean allowed = tokens >= 1;
        if (allowed) {
            tokens -= 1;
        }
        long retryAfter = allowed ? 0 : secondsUntil(1);
        return new Decision(allowed, limit.capacity(), (int) Math.floor(tokens), retryAfter,
                secondsUntil(limit.capacity()));
    }

    /** A full bucket is the same as a new one: it can be forgotten. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= limit.capacity();
    }

    Limit limit() {
        return limit;
    }

    private void refill(long now) {
        if (now > updated) {
            tokens = Math.min(limit.capacity(), tokens + (now - updated) * tokensPerNano);
            updated = now;
        }
    }

    /** Whole seconds until the bucket holds {@code wanted} tokens (at least 1 when it holds fewer). */
    private long secondsUntil(double wanted) {
        if (tokens >= wanted) {
            return 0;
        }
        double nanos = (wanted - tokens) / tokensPerNano;
        return Math.max(1, (long) Math.ceil(nanos / 1e9));
    }

    /** A bucket's size; both numbers at least 1. */
    record Limit(int capacity, int refillPerMinute) {

        Limit {
            if (capacity < 1 || refillPerMinute < 1) {
                throw new IllegalArgumentException("a rate limit needs capacity and refill-per-minute of at least 1, got "
                        + capacity + " and " + refillPerMinute);
            }
        }
    }

    /**
     * What a request gets: allowed or not, the bucket's size and what is left, how many seconds
     * until the next request would be allowed (0 when it is), and until the bucket is full again.
     */
    record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds, long resetSeconds) {
    }
}
