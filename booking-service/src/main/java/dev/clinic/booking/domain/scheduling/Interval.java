package dev.clinic.booking.domain.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A half-open span of time {@code [start, end)}. Half-open so that two spans that touch (one ends
 * at 10:00, the next starts at 10:00) do not overlap, exactly like PostgreSQL's {@code '[)'} ranges
 * in the appointment exclusion constraints.
 */
public record Interval(Instant start, Instant end) {

    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("interval start " + start + " must be before end " + end);
        }
    }

    public static Interval of(Instant start, Duration length) {
        return new Interval(start, start.plus(length));
    }

    /** True when the two spans share at least one instant; touching spans do not. */
    public boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** True when {@code other} lies entirely inside this span (equal ends included). */
    public boolean contains(Interval other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /**
     * Sorts the spans by start and joins those that overlap or touch, so that a sweep can walk them
     * once: afterwards each span starts strictly after the previous one ends.
     */
    public static List<Interval> normalize(List<Interval> spans) {
        if (spans.isEmpty()) {
            return List.of();
        }
        List<Interval> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Interval::start));
        List<Interval> merged = new ArrayList<>(sorted.size());
        Instant start = sorted.get(0).start;
        Instant end = sorted.get(0).end;
        for (int i = 1; i < sorted.size(); i++) {
            Interval next = sorted.get(i);
            if (next.start.isAfter(end)) {
                merged.add(new Interval(start, end));
                start = next.start;
                end = next.end;
            } else if (next.end.isAfter(end)) {
                end = next.end;
            }
        }
        merged.add(new Interval(start, end));
        return List.copyOf(merged);
    }
}
