package dev.clinic.booking.domain.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Free slots, and the two checks a booking makes against the same rules.
 *
 * <p>A slot at {@code s} fits when {@code [s, s + duration + buffer)} lies inside one working window,
 * intersects no time off and no busy interval. All spans are half-open, so touching is fine both ways:
 * an appointment blocked until 10:00 leaves a slot at 10:00, and a slot whose buffer ends exactly when
 * the next appointment starts is offered, while one whose buffer would run into it is not.
 *
 * <p>Slots start on the step measured on the wall clock of the window's location from its local
 * midnight (09:00, 09:15, … on a 15-minute step), so they read the same on every day, a
 * daylight-saving day included; on a fall-back day the repeated wall times are offered twice, being
 * two different instants. A location's zone is the clinic's unless the location has its own, so the
 * step lines up with the clinic's midnight wherever the clinic has a single zone.
 *
 * <p>Only slots starting in {@code [from, to)} and not before {@code now} are offered; a slot may end
 * after {@code to}.
 *
 * <p>Per practitioner the work is one sweep: windows sorted by start, time off and busy intervals
 * merged into one sorted list of blocked spans, a pointer into it that only moves forward — linear in
 * windows, blocked spans and slots, never a scan of all appointments per slot.
 */
public final class SlotFinder {

    private SlotFinder() {
    }

    /** The slots of all the practitioners, sorted by {@link Slot#ORDER}. */
    public static List<Slot> find(AvailabilityRequest request, Collection<PractitionerCalendar> calendars) {
        List<Slot> slots = new ArrayList<>();
        for (PractitionerCalendar calendar : calendars) {
            slots.addAll(slotsOf(request, calendar));
        }
        slots.sort(Slot.ORDER);
        return List.copyOf(slots);
    }

    /** One practitioner's slots, in start order. */
    public static List<Slot> slotsOf(AvailabilityRequest request, PractitionerCalendar calendar) {
        List<Interval> blocked = blocked(calendar);
        List<ScheduleWindow> windows = calendar.windows().stream()
                .filter(window -> window.span().overlaps(request.range()))
                .filter(window -> calendar.qualifiedOn().test(window.date()))
                .sorted(Comparator.comparing((ScheduleWindow window) -> window.span().start()))
                .toList();
        Instant earliest = max(request.from(), request.now());

        List<Slot> slots = new ArrayList<>();
        int first = 0;
        for (ScheduleWindow window : windows) {
            Interval span = window.span();
            // Blocked spans are disjoint and sorted, so their ends increase: this pointer never goes back.
            while (first < blocked.size() && !blocked.get(first).end().isAfter(span.start())) {
                first++;
            }
            Instant free = span.start();
            for (int i = first; i < blocked.size() && blocked.get(i).start().isBefore(span.end()); i++) {
                Interval block = blocked.get(i);
                addSlots(slots, calendar.practitionerId(), window, free, min(block.start(), span.end()), earliest,
                        request);
                free = max(free, block.end());
            }
            addSlots(slots, calendar.practitionerId(), window, free, span.end(), earliest, request);
        }
        slots.sort(Comparator.comparing(Slot::start));
        return slots;
    }

    /** Slots in the free stretch {@code [freeStart, freeEnd)} of one window. */
    private static void addSlots(List<Slot> slots, UUID practitionerId, ScheduleWindow window, Instant freeStart,
            Instant freeEnd, Instant earliest, AvailabilityRequest request) {
        Duration occupied = request.occupied();
        Duration step = Duration.ofMinutes(request.stepMinutes());
        Instant start = alignUp(max(freeStart, earliest), window.zone(), request.stepMinutes());
        while (start.isBefore(request.to()) && !start.plus(occupied).isAfter(freeEnd)) {
            slots.add(new Slot(practitionerId, window.locationId(), start, start.plus(request.duration())));
            start = alignUp(start.plus(step), window.zone(), request.stepMinutes());
        }
    }

    /**
     * The first instant at or after {@code from} whose wall time in {@code zone} is a whole number of
     * steps after local midnight. Usually one step of arithmetic; around a clock change that is not a
     * multiple of the step (a 30-minute shift on an hourly step) it takes another round.
     */
    static Instant alignUp(Instant from, ZoneId zone, int stepMinutes) {
        long stepNanos = Duration.ofMinutes(stepMinutes).toNanos();
        Instant candidate = from;
        while (true) {
            long nanoOfDay = candidate.atZone(zone).toLocalTime().toNanoOfDay();
            long remainder = nanoOfDay % stepNanos;
            if (remainder == 0) {
                return candidate;
            }
            candidate = candidate.plusNanos(stepNanos - remainder);
        }
    }

    /** Time off and busy time as one sorted list of disjoint spans. */
    private static List<Interval> blocked(PractitionerCalendar calendar) {
        List<Interval> all = new ArrayList<>(calendar.timeOff().size() + calendar.busy().size());
        all.addAll(calendar.timeOff());
        all.addAll(calendar.busy());
        return Interval.normalize(all);
    }

    /**
     * Booking rule 2, first half: whether {@code occupied} (the appointment plus its buffer) lies
     * inside one window at {@code locationId}. Consistent with the slots: every offered slot passes.
     */
    public static boolean insideSchedule(Collection<ScheduleWindow> windows, UUID locationId, Interval occupied) {
        return windows.stream()
                .anyMatch(window -> window.locationId().equals(locationId) && window.span().contains(occupied));
    }

    /**
     * Booking rule 2, second half (and any other overlap check): the first span, by start, that
     * shares time with {@code occupied}; touching spans do not count.
     */
    public static Optional<Interval> firstOverlap(Collection<Interval> spans, Interval occupied) {
        return spans.stream()
                .filter(span -> span.overlaps(occupied))
                .min(Comparator.comparing(Interval::start));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
