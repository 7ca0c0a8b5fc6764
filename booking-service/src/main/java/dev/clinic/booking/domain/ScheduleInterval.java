package dev.clinic.booking.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import dev.clinic.platform.persistence.TenantEntity;

/**
 * One stretch of a practitioner's weekly working hours at a location, in clinic-local wall-clock
 * time ({@code MONDAY 09:00-12:30}), half-open: it ends just before {@code end}.
 */
@Entity
@Table(name = "schedule_interval")
public class ScheduleInterval extends TenantEntity {

    @Column(name = "practitioner_id", nullable = false, updatable = false)
    private UUID practitionerId;

    @Column(name = "location_id", nullable = false)
    private UUID locationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayOfWeek weekday;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    protected ScheduleInterval() {
    }

    public ScheduleInterval(UUID practitionerId, UUID locationId, DayOfWeek weekday, LocalTime start, LocalTime end) {
        this.practitionerId = practitionerId;
        this.locationId = locationId;
        this.weekday = weekday;
        this.startTime = start;
        this.endTime = end;
    }

    public UUID getPractitionerId() {
        return practitionerId;
    }

    public UUID getLocationId() {
        return locationId;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public LocalTime getStart() {
        return startTime;
    }

    public LocalTime getEnd() {
        return endTime;
    }
}
