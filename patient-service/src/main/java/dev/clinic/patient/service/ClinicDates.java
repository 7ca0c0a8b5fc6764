package dev.clinic.patient.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Today and now, as this service reckons them. "Today" is the UTC date: the service does not know
 * the clinic's time zone (booking-service owns the clinic settings), so callers that care send
 * {@code date} explicitly. A date a clinician records is refused only when it is after today
 * everywhere on Earth (UTC+14), so a clinic ahead of UTC can always record its own today.
 */
final class ClinicDates {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private ClinicDates() {
    }

    static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    static LocalDate latestToday() {
        return LocalDate.now(CLOCK.withZone(EARLIEST_ZONE));
    }

    static Instant now() {
        return Instant.now(CLOCK).truncatedTo(ChronoUnit.MICROS);
    }
}
