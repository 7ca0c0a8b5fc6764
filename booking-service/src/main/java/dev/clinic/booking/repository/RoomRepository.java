package dev.clinic.booking.repository;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.booking.domain.Room;
import dev.clinic.platform.paging.Keyset;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RoomRepository implements PanacheRepositoryBase<Room, UUID> {

    public Page<Room> page(UUID locationId, PageParams page) {
        return Keyset.page(this, "locationId = :locationId", Map.of("locationId", locationId), page);
    }

    /** The room, when it belongs to this location (a room is only ever addressed through its location). */
    public Optional<Room> findInLocation(UUID locationId, UUID roomId) {
        return find("id = ?1 and locationId = ?2", roomId, locationId).firstResultOptional();
    }

    /** The location's room with this name, compared as the unique index does (lower case). */
    public Optional<Room> findByName(UUID locationId, String name) {
        return find("locationId = ?1 and lower(name) = lower(?2)", locationId, name).firstResultOptional();
    }
}
