package dev.clinic.booking.service;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.clinic.booking.domain.Location;
import dev.clinic.booking.repository.LocationRepository;
import dev.clinic.platform.audit.AuditLog;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.web.ETags;

/**
 * Location use cases, each in one transaction. Locations are not patient records, so only changes
 * are audited, not reads.
 */
@ApplicationScoped
public class LocationService {

    static final String RESOURCE = "LOCATION";

    private final LocationRepository locations;
    private final AuditLog audit;

    LocationService(LocationRepository locations, AuditLog audit) {
        this.locations = locations;
        this.audit = audit;
    }

    public record Details(String name, String address, String timeZone) {
    }

    @Transactional
    public Location create(Details details) {
        Details clean = normalise(details);
        requireNameFree(clean.name(), null);
        Location location = new Location();
        location.replaceDetails(clean.name(), clean.address(), clean.timeZone());
        locations.persistAndFlush(location);
        audit.record("CREATE", RESOURCE, location.getId(), null);
        return location;
    }

    @Transactional
    public Location get(UUID id) {
        return find(id);
    }

    @Transactional
    public Location replace(UUID id, String ifMatch, Details details) {
        Location location = find(id);
        ETags.checkIfMatch(ifMatch, location.getVersion());
        Details clean = normalise(details);
        // Checked before the entity changes: a query would otherwise flush the change first and
        // hit the unique index instead of answering which location holds the name.
        requireNameFree(clean.name(), id);
        location.replaceDetails(clean.name(), clean.address(), clean.timeZone());
        locations.flush();
        audit.record("UPDATE", RESOURCE, id, null);
        return location;
    }

    @Transactional
    public Page<Location> list(PageParams page) {
        return locations.page(page);
    }

    /** Unknown and another clinic's (filtered out by tenancy) are both 404. */
    private Location find(UUID id) {
        return locations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Location", id));
    }

    /**
     * Names are unique per clinic, ignoring case. This check names the holder; the database's
     * unique index still refuses a duplicate when two requests race past it.
     */
    private void requireNameFree(String name, UUID exceptId) {
        locations.findOtherByName(name, exceptId).ifPresent(existing -> {
            throw ProblemException.conflict("location-name-taken",
                    "Another location of this clinic is already named \"" + existing.getName() + "\"",
                    Map.of("existingLocationId", existing.getId()));
        });
    }

    private static Details normalise(Details d) {
        String address = d.address() == null || d.address().isBlank() ? null : d.address().strip();
        return new Details(d.name().strip(), address, d.timeZone());
    }
}
