package dev.clinic.booking.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.clinic.platform.persistence.TenantEntity;

/** A stretch of time, half-open [start, end), in which a practitioner cannot be booked. */
@Entity
@Table(name = "time_off")
public class TimeOff extends TenantEntity {

    @Column(name = "practitioner_id", nullable = false, updatable = false)
    private UUID practitionerId;

    @Column(name = "start_at", nullable = false)
    private Instant startAt;

    @Column(name = "end_at", nullable = false)
    private Instant endAt;

    private String reason;

    protected TimeOff() {
    }

    public TimeOff(UUID practitionerId, Instant start, Instant end, String reason) {
        this.practitionerId = practitionerId;
        this.startAt = start;
        this.endAt = end;
        this.reason = reason;
    }

    public UUID getPractitionerId() {
        return practitionerId;
    }

    public Instant getStart() {
        return startAt;
    }

    public Instant getEnd() {
        return endAt;
    }

    public String getReason() {
        return reason;
    }
}
