package dev.clinic.booking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.clinic.platform.persistence.TenantEntity;

/** A place of one clinic where appointments happen. Its name is unique in the clinic, whatever its case. */
@Entity
@Table(name = "location")
public class Location extends TenantEntity {

    @Column(nullable = false)
    private String name;

    private String address;

    /**
     * IANA zone id of the location. Null means the clinic's own time zone; clinic settings do not
     * exist yet, so until they do a location without one simply has none.
     */
    @Column(name = "time_zone")
    private String timeZone;

    /** Replaces the details; server-owned fields (id, clinic, version, timestamps) stay. */
    public void replaceDetails(String name, String address, String timeZone) {
        this.name = name;
        this.address = address;
        this.timeZone = timeZone;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getTimeZone() {
        return timeZone;
    }
}
