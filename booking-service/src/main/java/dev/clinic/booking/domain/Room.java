package dev.clinic.booking.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.clinic.platform.persistence.TenantEntity;

/** A treatment room of a location. Its name is unique in the location, whatever its case. */
@Entity
@Table(name = "room")
public class Room extends TenantEntity {

    // An id rather than an association: rooms are always read for one known location.
    @Column(name = "location_id", nullable = false, updatable = false)
    private UUID locationId;

    @Column(nullable = false)
    private String name;

    protected Room() {
    }

    public Room(UUID locationId, String name) {
        this.locationId = locationId;
        this.name = name;
    }

    public UUID getLocationId() {
        return locationId;
    }

    public String getName() {
        return name;
    }
}
