package dev.clinic.booking.service;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.clinic.booking.domain.Room;
import dev.clinic.booking.repository.LocationRepository;
import dev.clinic.booking.repository.RoomRepository;
import dev.clinic.platform.audit.AuditLog;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.problem.ProblemException;

/** Rooms of a location, each use case in one transaction. Not patient data: changes are audited, reads are not. */
@ApplicationScoped
public class RoomService {

    static final String RESOURCE = "ROOM";

    private final RoomRepository rooms;
    private final LocationRepository locations;
    private final AuditLog audit;

    RoomService(RoomRepository rooms, LocationRepository locations, AuditLog audit) {
        this.rooms = rooms;
        this.locations = locations;
        this.audit = audit;
    }

    @Transactional
    public Room create(UUID locationId, String name) {
        requireLocation(locationId);
        String clean = name.strip();
        // Names the holder; the unique index still refuses a duplicate when two requests race past this.
        rooms.findByName(locationId, clean).ifPresent(existing -> {
            throw ProblemException.conflict("room-name-taken",
                    "Another room of this location is already named \"" + existing.getName() + "\"",
                    Map.of("existingRoomId", existing.getId()));
        });
        Room room = new Room(locationId, clean);
        rooms.persistAndFlush(room);
        audit.record("CREATE", RESOURCE, room.getId(), null);
        return room;
    }

    @Transactional
    public Room get(UUID locationId, UUID roomId) {
        requireLocation(locationId);
        return rooms.findInLocation(locationId, roomId).orElseThrow(() -> ProblemException.notFound("Room", roomId));
    }

    @Transactional
    public Page<Room> list(UUID locationId, PageParams page) {
        requireLocation(locationId);
        return rooms.page(locationId, page);
    }

    /** Unknown and another clinic's location (filtered out by tenancy) are both 404. */
    private void requireLocation(UUID locationId) {
        if (locations.findByIdOptional(locationId).isEmpty()) {
            throw ProblemException.notFound("Location", locationId);
        }
    }
}
