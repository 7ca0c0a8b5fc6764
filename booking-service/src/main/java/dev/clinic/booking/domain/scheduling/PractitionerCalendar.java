package dev.clinic.booking.domain.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Everything that decides when one practitioner can be booked.
 *
 * @param windows the working windows (see {@link WeeklyHours#windowsOverlapping})
 * @param timeOff the practitioner's time off, in any order
 * @param busy the live appointments as {@code [start, blockedUntil)}, their buffer included, in any order
 * @param qualifiedOn whether the practitioner's credentials allow the appointment type's modality on a
 *        window's local date (see {@link CredentialRules#qualifyingDays})
 */
public record PractitionerCalendar(UUID practitionerId, List<ScheduleWindow> windows, List<Interval> timeOff,
        List<Interval> busy, Predicate<LocalDate> qualifiedOn) {

    public PractitionerCalendar {
        Objects.requireNonNull(practitionerId, "practitionerId");
        Objects.requireNonNull(qualifiedOn, "qualifiedOn");
        windows = List.copyOf(windows);
        timeOff = List.copyOf(timeOff);
        busy = List.copyOf(busy);
    }
}
