package dev.clinic.booking.rest;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.clinic.booking.service.ScheduleService.Item;

@Schema(name = "ScheduleRequest", description = "A practitioner's whole weekly schedule; it replaces the previous one. "
        + "An empty list clears it.")
@JsonIgnoreProperties({ "practitionerId" })
public record ScheduleRequest(
        @NotNull @Size(max = 200) @Schema(required = true) List<@NotNull @Valid Interval> intervals) {

    @Schema(name = "ScheduleInterval", description = "Working hours on one weekday at one location, in clinic-local "
            + "time; half-open, so 09:00-12:00 and 12:00-17:00 touch without overlapping.")
    public record Interval(
            @NotNull @Schema(required = true, examples = "MONDAY") DayOfWeek weekday,
            @NotNull @Schema(required = true, type = SchemaType.STRING, pattern = "^\\d{2}:\\d{2}$", examples = "09:00")
            LocalTime start,
            @NotNull @Schema(required = true, type = SchemaType.STRING, pattern = "^\\d{2}:\\d{2}$", examples = "12:30",
                    description = "After start, on the same day.") LocalTime end,
            @NotNull @Schema(required = true, examples = "0b6c9a8e-51c4-4f7d-9a0e-6e2f1d3c4b5a") UUID locationId) {

        Item item() {
            return new Item(weekday, start, end, locationId);
        }
    }

    List<Item> items() {
        return intervals.stream().map(Interval::item).toList();
    }
}
