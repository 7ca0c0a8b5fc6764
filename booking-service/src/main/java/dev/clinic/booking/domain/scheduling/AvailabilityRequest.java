package dev.clinic.booking.domain.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import dev.clinic.platform.problem.ProblemException;

/**
 * What an availability search asks for: slots starting in {@code [from, to)}, each occupying
 * {@code duration} plus the type's {@code buffer} after it, starting on the clinic's slot step, and
 * none starting before {@code now}.
 */
public record AvailabilityRequest(Instant from, Instant to, Duration duration, Duration buffer, int stepMinutes,
        Instant now) {

    /** The longest range one availability call may cover. */
    public static final Duration MAX_RANGE = Duration.ofDays(31);

    public AvailabilityRequest {
        validate(from, to);
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(buffer, "buffer");
        Objects.requireNonNull(now, "now");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive: " + duration);
        }
        if (buffer.isNegative()) {
            throw new IllegalArgumentException("buffer must not be negative: " + buffer);
        }
        if (stepMinutes < 1 || stepMinutes > 24 * 60) {
            throw new IllegalArgumentException("stepMinutes must be 1..1440: " + stepMinutes);
        }
    }

    /**
     * Checks the requested range the way a client sees it.
     *
     * @throws ProblemException 400 naming {@code from} or {@code to} when one is missing, {@code to}
     *         is not after {@code from}, or the range is longer than {@link #MAX_RANGE}
     */
    public static void validate(Instant from, Instant to) {
        if (from == null) {
            throw ProblemException.invalid("from", "is required");
        }
        if (to == null) {
            throw ProblemException.invalid("to", "is required");
        }
        if (!to.isAfter(from)) {
            throw ProblemException.invalid("to", "must be after from (" + from + ")");
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw ProblemException.invalid("to", "the range may span at most " + MAX_RANGE.toDays()
                    + " days; with this from, to may be at most " + from.plus(MAX_RANGE));
        }
    }

    public Interval range() {
        return new Interval(from, to);
    }

    /** The time one booking holds: the appointment and the buffer after it. */
    public Duration occupied() {
        return duration.plus(buffer);
    }
}
