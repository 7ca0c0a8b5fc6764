package dev.clinic.booking.domain.scheduling;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * A concrete stretch of working time: weekly hours made real on one local {@code date} in the
 * location's {@code zone}. {@code span} is in UTC instants and is the real elapsed time, so on a
 * daylight-saving day it is an hour shorter or longer than the wall-clock interval suggests.
 */
public record ScheduleWindow(UUID locationId, ZoneId zone, LocalDate date, Interval span) {

    public ScheduleWindow {
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(span, "span");
    }
}
