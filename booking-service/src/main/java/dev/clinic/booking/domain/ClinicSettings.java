package dev.clinic.booking.domain;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.clinic.platform.persistence.TenantEntity;

/**
 * A clinic's own settings: its time zone (the zone schedules are written in), the jurisdiction
 * whose credential minimums apply, the cancellation window, the slot step and the currency.
 * A clinic has at most one row; until its first change it runs on {@link #defaults(String)}.
 */
@Entity
@Table(name = "clinic_settings")
public class ClinicSettings extends TenantEntity {

    public static final String DEFAULT_TIME_ZONE = "UTC";
    public static final int DEFAULT_CANCELLATION_WINDOW_HOURS = 24;
    public static final int DEFAULT_SLOT_STEP_MINUTES = 15;
    public static final String DEFAULT_CURRENCY = "USD";

    @Column(nullable = false)
    private String name;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    private String jurisdiction;

    @Column(name = "cancellation_window_hours", nullable = false)
    private int cancellationWindowHours;

    @Column(name = "slot_step_minutes", nullable = false)
    private int slotStepMinutes;

    @Column(nullable = false)
    private String currency;

    /** The settings of a clinic that never changed them: named after its id, in UTC, no jurisdiction. */
    public static ClinicSettings defaults(String clinicId) {
        ClinicSettings settings = new ClinicSettings();
        settings.replace(clinicId, DEFAULT_TIME_ZONE, null, DEFAULT_CANCELLATION_WINDOW_HOURS,
                DEFAULT_SLOT_STEP_MINUTES, DEFAULT_CURRENCY);
        return settings;
    }

    /** Replaces every setting; server-owned fields (id, clinic, version, timestamps) stay. */
    public void replace(String name, String timeZone, String jurisdiction, int cancellationWindowHours,
            int slotStepMinutes, String currency) {
        this.name = name;
        this.timeZone = timeZone;
        this.jurisdiction = jurisdiction;
        this.cancellationWindowHours = cancellationWindowHours;
        this.slotStepMinutes = slotStepMinutes;
        this.currency = currency;
    }

    /** The clinic's zone: schedules are clinic-local and "today" is the clinic's day. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** A cancellation less than this before the start is a late one. */
    public Duration cancellationWindow() {
        return Duration.ofHours(cancellationWindowHours);
    }

    public String getName() {
        return name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public int getCancellationWindowHours() {
        return cancellationWindowHours;
    }

    public int getSlotStepMinutes() {
        return slotStepMinutes;
    }

    public String getCurrency() {
        return currency;
    }
}
