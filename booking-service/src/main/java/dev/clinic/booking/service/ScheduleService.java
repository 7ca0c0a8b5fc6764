package dev.clinic.booking.service;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.clinic.booking.domain.Practitioner;
import dev.clinic.booking.domain.ScheduleInterval;
import dev.clinic.booking.repository.LocationRepository;
import dev.clinic.booking.repository.ScheduleRepository;
import dev.clinic.platform.audit.AuditLog;
import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.web.ETags;

/**
 * A practitioner's weekly schedule is part of the practitioner: it is read and replaced whole,
 * and its version is the practitioner's (a replace moves it), so {@code If-Match} on a schedule
 * is checked like on the practitioner and two admins cannot interleave their weeks.
 */
@ApplicationScoped
public class ScheduleService {

    static final String RESOURCE = "SCHEDULE";

    private final ScheduleRepository schedules;
    private final LocationRepository locations;
    private final PractitionerService practitioners;
    private final AuditLog audit;

    ScheduleService(ScheduleRepository schedules, LocationRepository locations, PractitionerService practitioners,
            AuditLog audit) {
        this.schedules = schedules;
        this.locations = locations;
        this.practitioners = practitioners;
        this.audit = audit;
    }

    public record Item(DayOfWeek weekday, LocalTime start, LocalTime end, UUID locationId) {
    }

    /** A practitioner's week and the version it belongs to. */
    public record Week(UUID practitionerId, long version, Instant updatedAt, List<ScheduleInterval> intervals) {
    }

    @Transactional
    public Week get(UUID practitionerId) {
        Practitioner practitioner = practitioners.find(practitionerId);
        return new Week(practitionerId, practitioner.getVersion(), practitioner.getUpdatedAt(),
                schedules.ofPractitioner(practitionerId));
    }

    @Transactional
    public Week replace(UUID practitionerId, String ifMatch, List<Item> items) {
        Practitioner practitioner = practitioners.find(practitionerId);
        ETags.checkIfMatch(ifMatch, practitioner.getVersion());
        validate(items);
        schedules.deleteOfPractitioner(practitionerId);
        for (Item item : items) {
            schedules.persist(new ScheduleInterval(practitionerId, item.locationId(), item.weekday(), item.start(),
                    item.end()));
        }
        // moves the practitioner's version and updatedAt: the schedule's ETag, and a change sync sees
        practitioner.touch();
        schedules.flush();
        audit.record("REPLACE", RESOURCE, practitionerId, null);
        return new Week(practitionerId, practitioner.getVersion(), practitioner.getUpdatedAt(),
                schedules.ofPractitioner(practitionerId));
    }

    /**
     * Every item starts before it ends, on whole minutes, and no two items of one weekday overlap
     * (touching is fine: intervals are half-open), else a 400 naming the items; then every item is
     * at a location of this clinic, else a 404 naming them. The database's exclusion constraint
     * backs the overlap rule.
     */
    private void validate(List<Item> items) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (!onWholeMinute(item.start())) {
                errors.add(new FieldError(field(i, "start"), "must be a whole minute (HH:MM)"));
            }
            if (!onWholeMinute(item.end())) {
                errors.add(new FieldError(field(i, "end"), "must be a whole minute (HH:MM)"));
            }
            if (!item.start().isBefore(item.end())) {
                errors.add(new FieldError(field(i, "end"), "must be after start (" + item.start() + ")"));
            }
        }
        if (errors.isEmpty()) {
            List<Integer> order = IntStream.range(0, items.size()).boxed()
                    .sorted(Comparator.comparing((Integer i) -> items.get(i).weekday())
                            .thenComparing(i -> items.get(i).start()))
                    .toList();
            // Compared with the interval of the same weekday reaching furthest so far, so an
            // interval overlapping an earlier, longer one is caught even when its neighbour is not.
            Integer reaching = null;
            for (int index : order) {
                Item current = items.get(index);
                if (reaching != null && items.get(reaching).weekday() == current.weekday()
                        && current.start().isBefore(items.get(reaching).end())) {
                    Item earlier = items.get(reaching);
                    errors.add(new FieldError("intervals[" + index + "]", "overlaps intervals[" + reaching + "] ("
                            + earlier.weekday() + " " + earlier.start() + "-" + earlier.end() + ")"));
                }
                if (reaching == null || items.get(reaching).weekday() != current.weekday()
                        || current.end().isAfter(items.get(reaching).end())) {
                    reaching = index;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<UUID> asked = items.stream().map(Item::locationId).distinct().toList();
        Set<UUID> known = new HashSet<>();
        if (!asked.isEmpty()) {
            // one query, tenant-filtered: another clinic's location is as unknown as a missing one (404)
            locations.list("id in ?1", asked).forEach(location -> known.add(location.getId()));
        }
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!known.contains(items.get(i).locationId())) {
                unknown.add(new FieldError(field(i, "locationId"), "no location " + items.get(i).locationId()
                        + " in this clinic"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.referencesNotFound(unknown);
        }
    }

    private static boolean onWholeMinute(LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0;
    }

    private static String field(int index, String name) {
        return "intervals[" + index + "]." + name;
    }
}
