package dev.clinic.booking.domain.scheduling;

import java.time.Duration;
import java.time.Instant;

/** Booking rule 5: a cancellation inside the clinic's window is a late one. */
public final class CancellationRules {

    private CancellationRules() {
    }

    /**
     * True when {@code now} is less than {@code windowHours} before {@code start} (or after it).
     * Cancelling exactly {@code windowHours} before is still on time: the patient who cancels
     * "24 hours ahead" at the 24-hour mark kept the clinic's rule.
     */
    public static boolean lateCancellation(Instant now, Instant start, int windowHours) {
        if (windowHours < 0) {
            throw new IllegalArgumentException("windowHours must not be negative: " + windowHours);
        }
        return now.isAfter(start.minus(Duration.ofHours(windowHours)));
    }
}
