package dev.clinic.booking.rest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import dev.clinic.booking.domain.ScheduleInterval;
import dev.clinic.booking.service.ScheduleService.Week;

@Schema(name = "Schedule", description = "A practitioner's weekly schedule, ordered by weekday and start.")
public record ScheduleResponse(
        @Schema(examples = "3f2a7c1e-9b4d-4e8a-8c6f-1d2e3f4a5b6c") UUID practitionerId,
        @Schema(description = "The practitioner's row version, which a schedule replace moves; also the ETag.",
                examples = "3") long version,
        @Schema(description = "When the practitioner (or their schedule) last changed.") Instant updatedAt,
        List<Interval> intervals) {

    /** As sent in a {@link ScheduleRequest}, times written as HH:MM so a read can be sent back as is. */
    @Schema(name = "ScheduledInterval", description = "Working hours on one weekday at one location, in clinic-local "
            + "time; half-open.")
    public record Interval(
            @Schema(examples = "MONDAY") DayOfWeek weekday,
            @JsonFormat(pattern = "HH:mm")
            @Schema(type = SchemaType.STRING, pattern = "^\\d{2}:\\d{2}$", examples = "09:00") LocalTime start,
            @JsonFormat(pattern = "HH:mm")
            @Schema(type = SchemaType.STRING, pattern = "^\\d{2}:\\d{2}$", examples = "12:30") LocalTime end,
            @Schema(examples = "0b6c9a8e-51c4-4f7d-9a0e-6e2f1d3c4b5a") UUID locationId) {

        static Interval of(ScheduleInterval i) {
            return new Interval(i.getWeekday(), i.getStart(), i.getEnd(), i.getLocationId());
        }
    }

    static ScheduleResponse of(Week week) {
        return new ScheduleResponse(week.practitionerId(), week.version(), week.updatedAt(),
                week.intervals().stream().map(Interval::of).toList());
    }
}
