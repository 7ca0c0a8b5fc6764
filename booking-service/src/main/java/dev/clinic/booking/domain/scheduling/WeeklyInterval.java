package dev.clinic.booking.domain.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One interval of a practitioner's weekly hours, in the wall-clock time of the location where it is
 * worked ({@code MONDAY 09:00–12:30 @ location}).
 */
public record WeeklyInterval(DayOfWeek weekday, LocalTime start, LocalTime end, UUID locationId) {

    public WeeklyInterval {
        Objects.requireNonNull(weekday, "weekday");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(locationId, "locationId");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("start " + start + " must be before end " + end);
        }
    }

    /** Whether the two intervals share wall-clock time on the same weekday (touching is fine). */
    public boolean overlaps(WeeklyInterval other) {
        return weekday == other.weekday && start.isBefore(other.end) && other.start.isBefore(end);
    }
}
