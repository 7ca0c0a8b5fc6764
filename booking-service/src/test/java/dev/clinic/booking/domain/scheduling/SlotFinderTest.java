package dev.clinic.booking.domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.clinic.booking.domain.CredentialType;
import dev.clinic.booking.domain.Modality;

class SlotFinderTest {

    static final UUID ANNA = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID BEN = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    static final UUID CLINIC = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    static final UUID ANNEX = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId UTC = ZoneOffset.UTC;
    static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");
    static final Predicate<LocalDate> ALWAYS = date -> true;

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    static Interval span(String start, String end) {
        return new Interval(at(start), at(end));
    }

    /** The same hours every day of the week at one location. */
    static WeeklyHours daily(String start, String end) {
        return new WeeklyHours(Arrays.stream(DayOfWeek.values())
                .map(day -> new WeeklyInterval(day, LocalTime.parse(start), LocalTime.parse(end), CLINIC))
                .toList());
    }

    static AvailabilityRequest request(Instant from, Instant to, int durationMinutes, int bufferMinutes, int step) {
        return new AvailabilityRequest(from, to, Duration.ofMinutes(durationMinutes), Duration.ofMinutes(bufferMinutes),
                step, LONG_AGO);
    }

    static PractitionerCalendar calendar(UUID practitioner, WeeklyHours hours, ZoneId zone, Interval range,
            List<Interval> timeOff, List<Interval> busy, Predicate<LocalDate> qualifiedOn) {
        return new PractitionerCalendar(practitioner, hours.windowsOverlapping(range, location -> zone), timeOff, busy,
                qualifiedOn);
    }

    /** One UTC day of slots for a practitioner working 09:00–17:00 UTC. */
    static List<Slot> utcDay(int duration, int buffer, int step, List<Interval> timeOff, List<Interval> busy) {
        AvailabilityRequest request = request(at("2026-06-10T00:00:00Z"), at("2026-06-11T00:00:00Z"), duration, buffer,
                step);
        return SlotFinder.find(request,
                List.of(calendar(ANNA, daily("09:00", "17:00"), UTC, request.range(), timeOff, busy, ALWAYS)));
    }

    static List<String> utcTimes(List<Slot> slots) {
        return slots.stream().map(slot -> LocalTime.ofInstant(slot.start(), UTC).toString()).toList();
    }

    static List<String> list(String spaceSeparated) {
        return spaceSeparated.isBlank() ? List.of() : List.of(spaceSeparated.trim().split("\\s+"));
    }

    @ParameterizedTest(name = "{0} {1}, {2}-minute step: {3} slots of {2} min")
    @CsvSource({
            "America/New_York, 2026-03-07, 60, 8",
            "America/New_York, 2026-03-08, 60, 8",
            "America/New_York, 2026-03-08, 15, 32",
            "America/New_York, 2026-11-01, 60, 8",
            "America/New_York, 2026-11-01, 15, 32",
            "Europe/London,    2026-03-29, 60, 8",
            "Europe/London,    2026-03-29, 30, 16",
            "Europe/London,    2026-10-25, 60, 8",
            "Europe/London,    2026-10-25, 30, 16" })
    void aNineToFiveDayGivesEightHoursOfSlotsOnEveryDaylightSavingDay(ZoneId zone, LocalDate date, int step,
            int expected) {
        Instant from = date.atStartOfDay(zone).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
        AvailabilityRequest request = request(from, to, step, 0, step);

        List<Slot> slots = SlotFinder.find(request,
                List.of(calendar(ANNA, daily("09:00", "17:00"), zone, request.range(), List.of(), List.of(), ALWAYS)));

        assertThat(slots).hasSize(expected);
        assertThat(slots.stream().map(slot -> Duration.between(slot.start(), slot.end())).reduce(Duration::plus))
                .contains(Duration.ofHours(8));
        assertThat(slots.getFirst().start()).isEqualTo(LocalDateTime.of(date, LocalTime.of(9, 0)).atZone(zone).toInstant());
        assertThat(slots.getLast().end()).isEqualTo(LocalDateTime.of(date, LocalTime.of(17, 0)).atZone(zone).toInstant());
        assertThat(slots).allSatisfy(slot -> {
            assertThat(LocalDate.ofInstant(slot.start(), zone)).isEqualTo(date);
            assertThat(LocalTime.ofInstant(slot.start(), zone).getMinute() % step).isZero();
        });
    }

    @ParameterizedTest(name = "{0} {1} {2}–{3} on a {4}-minute step: {5}")
    @CsvSource({
            // Spring forward: no 02:xx, and 03:00 EDT comes straight after 01:30 EST.
            "America/New_York, 2026-03-08, 01:00, 03:30, 30, 2026-03-08T06:00:00Z 2026-03-08T06:30:00Z 2026-03-08T07:00:00Z",
            // Fall back: 01:00 and 01:30 happen twice, both are offered.
            "America/New_York, 2026-11-01, 01:00, 02:00, 30, 2026-11-01T05:00:00Z 2026-11-01T05:30:00Z 2026-11-01T06:00:00Z 2026-11-01T06:30:00Z",
            "Europe/London,    2026-03-29, 00:00, 03:00, 60, 2026-03-29T00:00:00Z 2026-03-29T01:00:00Z",
            "Europe/London,    2026-10-25, 00:00, 03:00, 60, 2026-10-24T23:00:00Z 2026-10-25T00:00:00Z 2026-10-25T01:00:00Z 2026-10-25T02:00:00Z" })
    void slotsDuringTheClockChangeAreRealInstants(ZoneId zone, LocalDate date, String start, String end, int step,
            String expected) {
        Instant from = date.atStartOfDay(zone).toInstant();
        AvailabilityRequest request = request(from, from.plus(Duration.ofDays(1)), step, 0, step);
        WeeklyHours hours = WeeklyHours.of(new WeeklyInterval(date.getDayOfWeek(), LocalTime.parse(start),
                LocalTime.parse(end), CLINIC));

        List<Slot> slots = SlotFinder.find(request,
                List.of(calendar(ANNA, hours, zone, request.range(), List.of(), List.of(), ALWAYS)));

        assertThat(slots).extracting(Slot::start).containsExactlyElementsOf(list(expected).stream()
                .map(Instant::parse).toList());
    }

    @ParameterizedTest(name = "{0} min + {1} min buffer on a {2}-minute step in 09:00–12:00: last start {4}")
    @CsvSource({
            "45,  0, 15, 10, 11:15",
            "45, 15, 15,  9, 11:00",
            "45, 30, 15,  8, 10:45",
            "50, 10, 15,  9, 11:00",
            "60,  0, 60,  3, 11:00",
            "60, 15, 60,  2, 10:00" })
    void theBufferMustFitInsideTheWindowToo(int duration, int buffer, int step, int count, String last) {
        AvailabilityRequest request = request(at("2026-06-10T00:00:00Z"), at("2026-06-11T00:00:00Z"), duration, buffer,
                step);

        List<Slot> slots = SlotFinder.find(request,
                List.of(calendar(ANNA, daily("09:00", "12:00"), UTC, request.range(), List.of(), List.of(), ALWAYS)));

        assertThat(slots).hasSize(count);
        assertThat(utcTimes(slots).getLast()).isEqualTo(last);
        // The slot shows the appointment only; the buffer is the clinic's business.
        assertThat(slots).allSatisfy(slot -> assertThat(Duration.between(slot.start(), slot.end()))
                .isEqualTo(Duration.ofMinutes(duration)));
    }

    @ParameterizedTest(name = "time off {0}–{1}, {2} min on a {3}-minute step: {4}")
    @CsvSource({
            "12:00, 13:00, 60, 60, 09:00 10:00 11:00 13:00 14:00 15:00 16:00",
            "12:30, 13:00, 60, 30, 09:00 09:30 10:00 10:30 11:00 11:30 13:00 13:30 14:00 14:30 15:00 15:30 16:00",
            "12:10, 12:50, 60, 60, 09:00 10:00 11:00 13:00 14:00 15:00 16:00",
            "08:00, 10:00, 60, 60, 10:00 11:00 12:00 13:00 14:00 15:00 16:00",
            "16:30, 18:00, 60, 60, 09:00 10:00 11:00 12:00 13:00 14:00 15:00",
            "00:00, 23:59, 60, 60, ''" })
    void timeOffSplitsTheDay(String start, String end, int duration, int step, String expected) {
        Interval timeOff = span("2026-06-10T" + start + ":00Z", "2026-06-10T" + end + ":00Z");

        assertThat(utcTimes(utcDay(duration, 0, step, List.of(timeOff), List.of()))).isEqualTo(list(expected));
    }

    @ParameterizedTest(name = "window {0}–{1}, {2} min on a {3}-minute step: {4}")
    @CsvSource({
            "09:00, 10:00, 30, 15, 09:00 09:15 09:30",
            "09:00, 10:00, 30, 30, 09:00 09:30",
            "09:10, 10:00, 30, 15, 09:15 09:30",
            "09:10, 10:00, 30, 30, 09:30",
            "09:00, 10:00, 20, 15, 09:00 09:15 09:30",
            "09:00, 09:20, 30, 15, ''" })
    void slotsStartOnTheStepCountedFromLocalMidnight(String start, String end, int duration, int step,
            String expected) {
        AvailabilityRequest request = request(at("2026-06-10T00:00:00Z"), at("2026-06-11T00:00:00Z"), duration, 0,
                step);

        List<Slot> slots = SlotFinder.find(request,
                List.of(calendar(ANNA, daily(start, end), NEW_YORK, request.range(), List.of(), List.of(), ALWAYS)));

        assertThat(slots.stream().map(slot -> LocalTime.ofInstant(slot.start(), NEW_YORK).toString()).toList())
                .isEqualTo(list(expected));
    }

    @ParameterizedTest(name = "busy {0}–{1}, {2} min + {3} buffer, {4}-minute step in 09:00–12:00: {5}")
    @CsvSource({
            // An appointment ending at 10:00 (no buffer) leaves 10:00 free.
            "09:00, 10:00, 60,  0, 60, 10:00 11:00",
            // One starting at 11:00: a slot whose buffer ends exactly at 11:00 is offered, 10:15 is not.
            "11:00, 12:00, 45, 15, 15, 09:00 09:15 09:30 09:45 10:00",
            // The busy interval carries the earlier appointment's buffer: 09:00–09:45 held until 10:00.
            "09:00, 10:00, 30,  0, 15, 10:00 10:15 10:30 10:45 11:00 11:15 11:30",
            // Touching on both sides of a 10:00–11:00 slot.
            "09:00, 10:00, 60,  0, 60, 10:00 11:00",
            // Overlapping by a minute is not touching.
            "09:00, 10:01, 60,  0, 60, 11:00" })
    void appointmentsMayTouchButNotOverlap(String busyStart, String busyEnd, int duration, int buffer, int step,
            String expected) {
        Interval busy = span("2026-06-10T" + busyStart + ":00Z", "2026-06-10T" + busyEnd + ":00Z");
        AvailabilityRequest request = request(at("2026-06-10T00:00:00Z"), at("2026-06-11T00:00:00Z"), duration, buffer,
                step);

        List<Slot> slots = SlotFinder.find(request,
                List.of(calendar(ANNA, daily("09:00", "12:00"), UTC, request.range(), List.of(), List.of(busy), ALWAYS)));

        assertThat(utcTimes(slots)).isEqualTo(list(expected));
    }

    @Test
    void aSlotBetweenTwoAppointmentsThatTouchesBothIsOffered() {
        List<Interval> busy = List.of(span("2026-06-10T09:00:00Z", "2026-06-10T10:00:00Z"),
                span("2026-06-10T11:00:00Z", "2026-06-10T17:00:00Z"));

        assertThat(utcTimes(utcDay(50, 10, 15, List.of(), busy))).containsExactly("10:00");
        assertThat(utcTimes(utcDay(50, 11, 15, List.of(), busy))).isEmpty();
    }

    @ParameterizedTest(name = "certificate expiring {0}: slots on {1}")
    @CsvSource({
            "2026-06-10, 2026-06-08 2026-06-09 2026-06-10",
            "2026-06-07, ''",
            "2026-06-14, 2026-06-08 2026-06-09 2026-06-10 2026-06-11 2026-06-12 2026-06-13 2026-06-14",
            "2026-06-30, 2026-06-08 2026-06-09 2026-06-10 2026-06-11 2026-06-12 2026-06-13 2026-06-14" })
    void slotsStopTheDayAfterACredentialExpires(LocalDate expiresOn, String expectedDates) {
        List<CredentialView> credentials = List.of(
                new CredentialView(CredentialType.PT_LICENSE, LocalDate.of(2015, 1, 1), null),
                new CredentialView(CredentialType.DRY_NEEDLING_CERT, LocalDate.of(2020, 1, 1), expiresOn));
        Instant from = LocalDate.of(2026, 6, 8).atStartOfDay(NEW_YORK).toInstant();
        Instant to = LocalDate.of(2026, 6, 15).atStartOfDay(NEW_YORK).toInstant();
        AvailabilityRequest request = request(from, to, 60, 0, 60);

        List<Slot> slots = SlotFinder.find(request, List.of(calendar(ANNA, daily("09:00", "17:00"), NEW_YORK,
                request.range(), List.of(), List.of(), CredentialRules.qualifyingDays(Modality.DRY_NEEDLING, credentials))));

        assertThat(slots.stream().map(slot -> LocalDate.ofInstant(slot.start(), NEW_YORK).toString()).distinct().toList())
                .isEqualTo(list(expectedDates));
        assertThat(slots).hasSize(8 * list(expectedDates).size());
    }

    @ParameterizedTest(name = "{0} 18:00–22:00, range [{1}, {2}): {3}")
    @CsvSource({
            // New York evening is 22:00Z–02:00Z: the range crosses midnight UTC.
            "America/New_York, 2026-06-09T23:00:00Z, 2026-06-10T01:00:00Z, 2026-06-09T23:00:00Z 2026-06-10T00:00:00Z",
            "America/New_York, 2026-06-10T00:00:00Z, 2026-06-10T03:00:00Z, 2026-06-10T00:00:00Z 2026-06-10T01:00:00Z",
            // A slot starting just before `to` is offered even though it ends after it.
            "America/New_York, 2026-06-10T00:30:00Z, 2026-06-10T01:30:00Z, 2026-06-10T01:00:00Z",
            // Auckland (UTC+12) evening is 06:00Z–10:00Z of the same UTC day.
            "Pacific/Auckland, 2026-06-10T00:00:00Z, 2026-06-11T00:00:00Z, 2026-06-10T06:00:00Z 2026-06-10T07:00:00Z 2026-06-10T08:00:00Z 2026-06-10T09:00:00Z" })
    void rangesCrossingMidnightUtc(ZoneId zone, Instant from, Instant to, String expected) {
        AvailabilityRequest request = request(from, to, 60, 0, 60);

        List<Slot> slots = SlotFinder.find(request,
                List.of(calendar(ANNA, daily("18:00", "22:00"), zone, request.range(), List.of(), List.of(), ALWAYS)));

        assertThat(slots).extracting(Slot::start)
                .containsExactlyElementsOf(list(expected).stream().map(Instant::parse).toList());
    }

    @ParameterizedTest(name = "now {0}: first slot {1}")
    @CsvSource({
            "2026-06-10T08:00:00Z, 09:00",
            "2026-06-10T09:00:00Z, 09:00",
            "2026-06-10T09:00:01Z, 09:15",
            "2026-06-10T10:05:00Z, 10:15",
            "2026-06-10T16:31:00Z, ''" })
    void noSlotStartsInThePast(Instant now, String first) {
        AvailabilityRequest request = new AvailabilityRequest(at("2026-06-10T00:00:00Z"), at("2026-06-11T00:00:00Z"),
                Duration.ofMinutes(30), Duration.ZERO, 15, now);

        List<Slot> slots = SlotFinder.find(request,
                List.of(calendar(ANNA, daily("09:00", "17:00"), UTC, request.range(), List.of(), List.of(), ALWAYS)));

        assertThat(utcTimes(slots).stream().findFirst().orElse("")).isEqualTo(first);
    }

    @Test
    void slotsOfSeveralPractitionersComeSortedByStartThenPractitioner() {
        AvailabilityRequest request = request(at("2026-06-10T00:00:00Z"), at("2026-06-11T00:00:00Z"), 60, 0, 60);
        WeeklyHours annex = new WeeklyHours(Arrays.stream(DayOfWeek.values())
                .map(day -> new WeeklyInterval(day, LocalTime.of(10, 0), LocalTime.of(12, 0), ANNEX)).toList());

        List<Slot> slots = SlotFinder.find(request, List.of(
                calendar(BEN, daily("09:00", "11:00"), UTC, request.range(), List.of(), List.of(), ALWAYS),
                calendar(ANNA, annex, UTC, request.range(), List.of(), List.of(), ALWAYS)));

        assertThat(slots).containsExactly(
                new Slot(BEN, CLINIC, at("2026-06-10T09:00:00Z"), at("2026-06-10T10:00:00Z")),
                new Slot(ANNA, ANNEX, at("2026-06-10T10:00:00Z"), at("2026-06-10T11:00:00Z")),
                new Slot(BEN, CLINIC, at("2026-06-10T10:00:00Z"), at("2026-06-10T11:00:00Z")),
                new Slot(ANNA, ANNEX, at("2026-06-10T11:00:00Z"), at("2026-06-10T12:00:00Z")));
    }

    @Test
    void anAppointmentMayRunAcrossTheSeamOfTwoTouchingIntervals() {
        AvailabilityRequest request = request(at("2026-06-08T00:00:00Z"), at("2026-06-09T00:00:00Z"), 60, 0, 30);
        WeeklyHours hours = WeeklyHours.of(new WeeklyInterval(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), CLINIC),
                new WeeklyInterval(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(13, 0), CLINIC));

        List<Slot> slots = SlotFinder.find(request,
                List.of(calendar(ANNA, hours, UTC, request.range(), List.of(), List.of(), ALWAYS)));

        assertThat(utcTimes(slots)).containsExactly("09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00");
    }

    @ParameterizedTest(name = "{0} + {1} buffer at {2}: inside = {3}")
    @CsvSource({
            "09:00, 60, 0, true",
            "16:00, 60, 0, true",
            "16:00, 60, 1, false",
            "08:59, 60, 0, false" })
    void aBookingMustLieInsideOneWindowOfItsLocation(String start, int duration, int buffer, boolean inside) {
        List<ScheduleWindow> windows = daily("09:00", "17:00").windows(LocalDate.of(2026, 6, 10),
                LocalDate.of(2026, 6, 10), UTC);
        Interval occupied = Interval.of(at("2026-06-10T" + start + ":00Z"), Duration.ofMinutes(duration + buffer));

        assertThat(SlotFinder.insideSchedule(windows, CLINIC, occupied)).isEqualTo(inside);
        assertThat(SlotFinder.insideSchedule(windows, ANNEX, occupied)).isFalse();
    }

    @Test
    void theFirstOverlappingSpanIsNamedAndTouchingOnesAreIgnored() {
        Interval early = span("2026-06-10T09:00:00Z", "2026-06-10T10:00:00Z");
        Interval late = span("2026-06-10T10:30:00Z", "2026-06-10T11:00:00Z");
        Interval later = span("2026-06-10T10:45:00Z", "2026-06-10T12:00:00Z");

        assertThat(SlotFinder.firstOverlap(List.of(later, early, late), span("2026-06-10T10:00:00Z", "2026-06-10T11:00:00Z")))
                .contains(late);
        assertThat(SlotFinder.firstOverlap(List.of(early, late), span("2026-06-10T10:00:00Z", "2026-06-10T10:30:00Z")))
                .isEmpty();
    }

    @ParameterizedTest(name = "hourly step across a half-hour clock change in {0}")
    @CsvSource({ "Australia/Lord_Howe, 2026-04-05, 6", "Australia/Lord_Howe, 2026-10-04, 5" })
    void slotsStayOnTheWallClockStepWhenTheClockMovesByLessThanAStep(ZoneId zone, LocalDate date, int expected) {
        Instant from = date.atStartOfDay(zone).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
        AvailabilityRequest request = request(from, to, 60, 0, 60);

        List<Slot> slots = SlotFinder.find(request,
                List.of(calendar(ANNA, daily("00:00", "06:00"), zone, request.range(), List.of(), List.of(), ALWAYS)));

        // 02:00–02:30 happens twice in April and never in October; either way every slot is on the hour.
        assertThat(slots).hasSize(expected).allSatisfy(slot -> {
            assertThat(slot.start().atZone(zone).getMinute()).isZero();
            assertThat(LocalDate.ofInstant(slot.start(), zone)).isEqualTo(date);
        });
    }

    /**
     * The sweep against the rule written out naively (every step of every window checked against every
     * blocked span), on random calendars: the fast path must offer exactly the same slots.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSweepAgreesWithTheNaiveRule(long seed) {
        Random random = new Random(seed);
        ZoneId zone = random.nextBoolean() ? NEW_YORK : ZoneId.of("Europe/London");
        Instant from = LocalDate.of(2026, 3, 1 + random.nextInt(5)).atStartOfDay(zone).toInstant();
        Instant to = from.plus(Duration.ofDays(31));
        List<WeeklyInterval> intervals = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            int minute = random.nextInt(6) * 30;
            while (minute < 22 * 60 && random.nextInt(4) > 0) {
                int length = 30 + random.nextInt(10) * 30;
                int end = Math.min(minute + length, 24 * 60 - 1);
                intervals.add(new WeeklyInterval(day, LocalTime.ofSecondOfDay(minute * 60L),
                        LocalTime.ofSecondOfDay(end * 60L), random.nextBoolean() ? CLINIC : ANNEX));
                minute = end + random.nextInt(4) * 15;
            }
        }
        List<Interval> timeOff = randomSpans(random, from, 3, 48 * 60);
        List<Interval> busy = randomSpans(random, from, 200, 120);
        int duration = 15 + random.nextInt(8) * 15;
        int buffer = random.nextInt(3) * 10;
        int step = List.of(10, 15, 30, 60).get(random.nextInt(4));
        Instant now = from.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
        AvailabilityRequest request = new AvailabilityRequest(from, to, Duration.ofMinutes(duration),
                Duration.ofMinutes(buffer), step, now);
        Predicate<LocalDate> qualified = date -> date.getDayOfMonth() % 9 != 0;
        PractitionerCalendar calendar = calendar(ANNA, new WeeklyHours(intervals), zone, request.range(), timeOff, busy,
                qualified);

        List<Slot> expected = naive(request, calendar);
        assertThat(expected).as("a calendar with something to find").isNotEmpty();
        assertThat(SlotFinder.find(request, List.of(calendar))).isEqualTo(expected);
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 40).mapToObj(seed -> (long) seed);
    }

    static List<Interval> randomSpans(Random random, Instant from, int count, int maxMinutes) {
        List<Interval> spans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant start = from.plus(Duration.ofMinutes(random.nextInt(32 * 24 * 12) * 5L - 24 * 60));
            spans.add(Interval.of(start, Duration.ofMinutes(5 + random.nextInt(maxMinutes / 5) * 5L)));
        }
        return spans;
    }

    static List<Slot> naive(AvailabilityRequest request, PractitionerCalendar calendar) {
        List<Slot> slots = new ArrayList<>();
        for (ScheduleWindow window : calendar.windows()) {
            if (!calendar.qualifiedOn().test(window.date())) {
                continue;
            }
            for (Instant start = window.span().start(); start.isBefore(window.span().end());
                    start = start.plus(Duration.ofMinutes(5))) {
                Interval occupied = Interval.of(start, request.occupied());
                boolean onStep = start.atZone(window.zone()).toLocalTime().toSecondOfDay()
                        % (request.stepMinutes() * 60) == 0;
                boolean fits = onStep && window.span().contains(occupied)
                        && !start.isBefore(request.from()) && start.isBefore(request.to())
                        && !start.isBefore(request.now())
                        && calendar.timeOff().stream().noneMatch(occupied::overlaps)
                        && calendar.busy().stream().noneMatch(occupied::overlaps);
                if (fits) {
                    slots.add(new Slot(calendar.practitionerId(), window.locationId(), start,
                            start.plus(request.duration())));
                }
            }
        }
        slots.sort(Slot.ORDER);
        return slots;
    }
}
