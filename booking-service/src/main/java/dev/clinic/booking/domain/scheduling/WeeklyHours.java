package dev.clinic.booking.domain.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A practitioner's weekly hours, and how they become concrete UTC windows on real dates.
 *
 * <p>Every wall-clock time is read in the zone of the location it is worked at (the clinic's zone
 * unless the location has its own) and turned into an instant by one rule: <em>the first instant at
 * which that zone's clock shows the time</em>. So:
 * <ul>
 * <li>on a spring-forward day a time inside the gap (02:30 in New York on 2026-03-08) becomes the
 * moment the clocks jump (03:00 EDT): the practitioner who stops "at 02:30" stops when the clock
 * first reads 02:30 or later. Unlike {@link ZonedDateTime#of}, which would shift 02:30 to 03:30 and
 * add half an hour nobody scheduled, this never lengthens a window; a window lying wholly in the gap
 * is empty and dropped;</li>
 * <li>on a fall-back day a repeated time (01:30 in New York on 2026-11-01) is its first occurrence
 * (the summer offset), so 01:00–02:00 spans the two real hours the clock takes to get from 01:00 to
 * 02:00.</li>
 * </ul>
 * The window is therefore always the real elapsed span between the two wall times.
 */
public record WeeklyHours(List<WeeklyInterval> intervals) {

    private static final Comparator<WeeklyInterval> BY_START = Comparator.comparing(WeeklyInterval::start);

    public WeeklyHours {
        intervals = List.copyOf(intervals);
    }

    public static WeeklyHours of(WeeklyInterval... intervals) {
        return new WeeklyHours(List.of(intervals));
    }

    /**
     * The first pair of intervals that share wall-clock time on the same weekday, whatever their
     * locations (a practitioner cannot be in two places at once); empty when the week is consistent.
     */
    public Optional<List<WeeklyInterval>> firstOverlap() {
        for (List<WeeklyInterval> day : byWeekday().values()) {
            for (int i = 1; i < day.size(); i++) {
                if (day.get(i - 1).overlaps(day.get(i))) {
                    return Optional.of(List.of(day.get(i - 1), day.get(i)));
                }
            }
        }
        return Optional.empty();
    }

    /** The windows on the local dates {@code first..last} (inclusive), all locations in one zone. */
    public List<ScheduleWindow> windows(LocalDate first, LocalDate last, ZoneId zone) {
        return windows(first, last, location -> zone);
    }

    /**
     * The windows on the local dates {@code first..last} (inclusive), sorted by start. Intervals of
     * one day at the same location that touch are joined, so an appointment may run across the seam
     * of 09:00–12:00 and 12:00–17:00.
     *
     * @param zoneOfLocation the zone each location's wall-clock times are read in
     */
    public List<ScheduleWindow> windows(LocalDate first, LocalDate last, Function<UUID, ZoneId> zoneOfLocation) {
        Map<DayOfWeek, List<WeeklyInterval>> byWeekday = byWeekday();
        List<ScheduleWindow> windows = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            ScheduleWindow open = null;
            for (WeeklyInterval interval : byWeekday.getOrDefault(date.getDayOfWeek(), List.of())) {
                ZoneId zone = zoneOfLocation.apply(interval.locationId());
                Instant start = instantOf(date, interval.start(), zone);
                Instant end = instantOf(date, interval.end(), zone);
                if (!start.isBefore(end)) {
                    continue; // wholly inside a spring-forward gap: that wall time never happens
                }
                if (open != null && open.locationId().equals(interval.locationId())
                        && open.zone().equals(zone) && open.span().end().equals(start)) {
                    open = new ScheduleWindow(open.locationId(), zone, date, new Interval(open.span().start(), end));
                    continue;
                }
                if (open != null) {
                    windows.add(open);
                }
                open = new ScheduleWindow(interval.locationId(), zone, date, new Interval(start, end));
            }
            if (open != null) {
                windows.add(open);
            }
        }
        // Locations in different zones can reorder windows across dates.
        windows.sort(Comparator.comparing((ScheduleWindow w) -> w.span().start()));
        return List.copyOf(windows);
    }

    /**
     * The windows that overlap the UTC {@code range}, whatever the zones: every local date that can
     * touch the range is expanded (UTC offsets stay within a day), then windows outside it are left
     * out. Windows are not cut at the range's ends; the caller decides what may start in it.
     */
    public List<ScheduleWindow> windowsOverlapping(Interval range, Function<UUID, ZoneId> zoneOfLocation) {
        LocalDate first = LocalDate.ofInstant(range.start(), ZoneOffset.UTC).minusDays(1);
        LocalDate last = LocalDate.ofInstant(range.end(), ZoneOffset.UTC).plusDays(1);
        return windows(first, last, zoneOfLocation).stream()
                .filter(window -> window.span().overlaps(range))
                .toList();
    }

    /**
     * The first instant at which {@code zone}'s clock shows {@code time} on {@code date}: the
     * transition itself for a time in a spring-forward gap, the first occurrence of a fall-back
     * repeat.
     */
    public static Instant instantOf(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = LocalDateTime.of(date, time);
        ZoneRules rules = zone.getRules();
        if (rules.getValidOffsets(local).isEmpty()) {
            return rules.getTransition(local).getInstant();
        }
        // With two valid offsets ofLocal without a preference picks the earlier one (the first occurrence).
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    private Map<DayOfWeek, List<WeeklyInterval>> byWeekday() {
        Map<DayOfWeek, List<WeeklyInterval>> byWeekday = new EnumMap<>(DayOfWeek.class);
        for (WeeklyInterval interval : intervals) {
            byWeekday.computeIfAbsent(interval.weekday(), day -> new ArrayList<>()).add(interval);
        }
        byWeekday.values().forEach(day -> day.sort(BY_START));
        return byWeekday;
    }
}
