package dev.clinic.booking.domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeeklyHoursTest {

    static final UUID DOWNTOWN = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID UPTOWN = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    static WeeklyInterval interval(DayOfWeek day, String start, String end, UUID location) {
        return new WeeklyInterval(day, LocalTime.parse(start), LocalTime.parse(end), location);
    }

    @ParameterizedTest(name = "{0} {1} {2}–{3} → [{4}, {5}) = {6} min")
    @CsvSource({
            // A plain day for reference.
            "America/New_York, 2026-03-07, 09:00, 17:00, 2026-03-07T14:00:00Z, 2026-03-07T22:00:00Z, 480",
            // US spring forward, 2026-03-08: 02:00 EST jumps to 03:00 EDT.
            "America/New_York, 2026-03-08, 09:00, 17:00, 2026-03-08T13:00:00Z, 2026-03-08T21:00:00Z, 480",
            "America/New_York, 2026-03-08, 01:00, 03:30, 2026-03-08T06:00:00Z, 2026-03-08T07:30:00Z, 90",
            "America/New_York, 2026-03-08, 00:00, 04:00, 2026-03-08T05:00:00Z, 2026-03-08T08:00:00Z, 180",
            "America/New_York, 2026-03-08, 01:30, 02:30, 2026-03-08T06:30:00Z, 2026-03-08T07:00:00Z, 30",
            "America/New_York, 2026-03-08, 02:30, 04:00, 2026-03-08T07:00:00Z, 2026-03-08T08:00:00Z, 60",
            // US fall back, 2026-11-01: 02:00 EDT goes back to 01:00 EST; 01:xx happens twice.
            "America/New_York, 2026-11-01, 09:00, 17:00, 2026-11-01T14:00:00Z, 2026-11-01T22:00:00Z, 480",
            "America/New_York, 2026-11-01, 01:00, 02:00, 2026-11-01T05:00:00Z, 2026-11-01T07:00:00Z, 120",
            "America/New_York, 2026-11-01, 00:00, 03:00, 2026-11-01T04:00:00Z, 2026-11-01T08:00:00Z, 240",
            "America/New_York, 2026-11-01, 00:30, 01:30, 2026-11-01T04:30:00Z, 2026-11-01T05:30:00Z, 60",
            // UK spring forward, 2026-03-29: 01:00 GMT jumps to 02:00 BST.
            "Europe/London,    2026-03-29, 09:00, 17:00, 2026-03-29T08:00:00Z, 2026-03-29T16:00:00Z, 480",
            "Europe/London,    2026-03-29, 00:30, 02:30, 2026-03-29T00:30:00Z, 2026-03-29T01:30:00Z, 60",
            "Europe/London,    2026-03-29, 01:00, 03:00, 2026-03-29T01:00:00Z, 2026-03-29T02:00:00Z, 60",
            // UK fall back, 2026-10-25: 02:00 BST goes back to 01:00 GMT.
            "Europe/London,    2026-10-25, 09:00, 17:00, 2026-10-25T09:00:00Z, 2026-10-25T17:00:00Z, 480",
            "Europe/London,    2026-10-25, 01:00, 02:00, 2026-10-25T00:00:00Z, 2026-10-25T02:00:00Z, 120" })
    void wallClockIntervalsBecomeTheRealElapsedSpan(ZoneId zone, LocalDate date, LocalTime start, LocalTime end,
            Instant expectedStart, Instant expectedEnd, long minutes) {
        WeeklyHours hours = WeeklyHours.of(new WeeklyInterval(date.getDayOfWeek(), start, end, DOWNTOWN));

        List<ScheduleWindow> windows = hours.windows(date, date, zone);

        assertThat(windows).singleElement().satisfies(window -> {
            assertThat(window.span()).isEqualTo(new Interval(expectedStart, expectedEnd));
            assertThat(window.span().length()).isEqualTo(Duration.ofMinutes(minutes));
            assertThat(window.date()).isEqualTo(date);
            assertThat(window.zone()).isEqualTo(zone);
            assertThat(window.locationId()).isEqualTo(DOWNTOWN);
        });
    }

    @ParameterizedTest(name = "{0} {1} {2}–{3} never happens")
    @CsvSource({
            "America/New_York, 2026-03-08, 02:00, 03:00",
            "America/New_York, 2026-03-08, 02:15, 02:45",
            "Europe/London,    2026-03-29, 01:00, 02:00" })
    void anIntervalInsideTheSpringForwardGapGivesNoWindow(ZoneId zone, LocalDate date, LocalTime start,
            LocalTime end) {
        WeeklyHours hours = WeeklyHours.of(new WeeklyInterval(date.getDayOfWeek(), start, end, DOWNTOWN));

        assertThat(hours.windows(date, date, zone)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({
            "America/New_York, 2026-03-08, 01:59, 2026-03-08T06:59:00Z",
            "America/New_York, 2026-03-08, 02:00, 2026-03-08T07:00:00Z",
            "America/New_York, 2026-03-08, 02:59, 2026-03-08T07:00:00Z",
            "America/New_York, 2026-03-08, 03:00, 2026-03-08T07:00:00Z",
            "America/New_York, 2026-11-01, 00:59, 2026-11-01T04:59:00Z",
            "America/New_York, 2026-11-01, 01:00, 2026-11-01T05:00:00Z",
            "America/New_York, 2026-11-01, 01:59, 2026-11-01T05:59:00Z",
            "America/New_York, 2026-11-01, 02:00, 2026-11-01T07:00:00Z",
            "Europe/London,    2026-03-29, 01:30, 2026-03-29T01:00:00Z",
            "Europe/London,    2026-10-25, 01:30, 2026-10-25T00:30:00Z" })
    void aWallTimeIsTheFirstInstantTheClockShowsIt(ZoneId zone, LocalDate date, LocalTime time, Instant expected) {
        assertThat(WeeklyHours.instantOf(date, time, zone)).isEqualTo(expected);
    }

    @Test
    void onlyTheMatchingWeekdaysGetWindows() {
        WeeklyHours hours = WeeklyHours.of(interval(DayOfWeek.MONDAY, "09:00", "12:00", DOWNTOWN),
                interval(DayOfWeek.WEDNESDAY, "13:00", "17:00", DOWNTOWN));

        // Sunday 2026-03-08 .. Sunday 2026-03-15
        List<ScheduleWindow> windows = hours.windows(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 15),
                ZoneId.of("America/New_York"));

        assertThat(windows).extracting(ScheduleWindow::date)
                .containsExactly(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 11));
        assertThat(windows).extracting(ScheduleWindow::span).containsExactly(
                new Interval(Instant.parse("2026-03-09T13:00:00Z"), Instant.parse("2026-03-09T16:00:00Z")),
                new Interval(Instant.parse("2026-03-11T17:00:00Z"), Instant.parse("2026-03-11T21:00:00Z")));
    }

    @Test
    void touchingIntervalsAtOneLocationJoinButNotAcrossLocations() {
        LocalDate monday = LocalDate.of(2026, 6, 8);
        WeeklyHours hours = WeeklyHours.of(interval(DayOfWeek.MONDAY, "12:00", "14:00", DOWNTOWN),
                interval(DayOfWeek.MONDAY, "09:00", "12:00", DOWNTOWN),
                interval(DayOfWeek.MONDAY, "14:00", "17:00", UPTOWN));

        List<ScheduleWindow> windows = hours.windows(monday, monday, ZoneId.of("UTC"));

        assertThat(windows).extracting(ScheduleWindow::locationId).containsExactly(DOWNTOWN, UPTOWN);
        assertThat(windows).extracting(ScheduleWindow::span).containsExactly(
                new Interval(Instant.parse("2026-06-08T09:00:00Z"), Instant.parse("2026-06-08T14:00:00Z")),
                new Interval(Instant.parse("2026-06-08T14:00:00Z"), Instant.parse("2026-06-08T17:00:00Z")));
    }

    @Test
    void eachLocationsWallTimeIsReadInItsOwnZone() {
        LocalDate monday = LocalDate.of(2026, 6, 8);
        WeeklyHours hours = WeeklyHours.of(interval(DayOfWeek.MONDAY, "09:00", "10:00", DOWNTOWN),
                interval(DayOfWeek.MONDAY, "11:00", "12:00", UPTOWN));
        Map<UUID, ZoneId> zones = Map.of(DOWNTOWN, ZoneId.of("Europe/London"), UPTOWN, ZoneId.of("America/New_York"));

        List<ScheduleWindow> windows = hours.windows(monday, monday, zones::get);

        assertThat(windows).extracting(window -> window.span().start()).containsExactly(
                Instant.parse("2026-06-08T08:00:00Z"), Instant.parse("2026-06-08T15:00:00Z"));
    }

    @ParameterizedTest(name = "{0}: UTC range [{1}, {2}) sees windows starting {3}")
    @CsvSource({
            // Auckland (UTC+12 in June): Wednesday morning there is Tuesday evening UTC.
            "Pacific/Auckland, 2026-06-09T00:00:00Z, 2026-06-10T00:00:00Z, 2026-06-09T21:00:00Z",
            // New York evening runs over midnight UTC; the range starts after midnight UTC.
            "America/New_York, 2026-06-10T00:30:00Z, 2026-06-10T01:00:00Z, 2026-06-09T22:00:00Z",
            // Honolulu (UTC-10): the window of the next UTC day's local date.
            "Pacific/Honolulu, 2026-06-10T00:00:00Z, 2026-06-10T12:00:00Z, 2026-06-10T04:00:00Z" })
    void windowsOverlappingAUtcRangeIncludeNeighbouringLocalDates(ZoneId zone, Instant from, Instant to,
            Instant expectedStart) {
        WeeklyHours hours = WeeklyHours.of(Arrays.stream(DayOfWeek.values())
                .map(day -> zone.getId().equals("Pacific/Auckland")
                        ? interval(day, "09:00", "12:00", DOWNTOWN)
                        : interval(day, "18:00", "22:00", DOWNTOWN))
                .toArray(WeeklyInterval[]::new));

        List<ScheduleWindow> windows = hours.windowsOverlapping(new Interval(from, to), location -> zone);

        assertThat(windows).extracting(window -> window.span().start()).containsExactly(expectedStart);
    }

    @Test
    void overlappingIntervalsOnOneWeekdayAreFoundWhateverTheLocation() {
        WeeklyInterval morning = interval(DayOfWeek.MONDAY, "09:00", "12:30", DOWNTOWN);
        WeeklyInterval noon = interval(DayOfWeek.MONDAY, "12:00", "14:00", UPTOWN);

        assertThat(WeeklyHours.of(morning, noon).firstOverlap()).contains(List.of(morning, noon));
        assertThat(WeeklyHours.of(morning, interval(DayOfWeek.MONDAY, "12:30", "14:00", UPTOWN)).firstOverlap())
                .isEmpty();
        assertThat(WeeklyHours.of(morning, interval(DayOfWeek.TUESDAY, "12:00", "14:00", UPTOWN)).firstOverlap())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}–{1} is refused")
    @CsvSource({ "09:00, 09:00", "17:00, 09:00" })
    void anIntervalMustStartBeforeItEnds(LocalTime start, LocalTime end) {
        assertThatThrownBy(() -> new WeeklyInterval(DayOfWeek.MONDAY, start, end, DOWNTOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before end");
    }
}
