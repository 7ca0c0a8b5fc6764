package dev.clinic.booking.repository;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.booking.domain.ScheduleInterval;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ScheduleRepository implements PanacheRepositoryBase<ScheduleInterval, UUID> {

    /** One practitioner's week, in the order people read it: by weekday, then start. */
    public List<ScheduleInterval> ofPractitioner(UUID practitionerId) {
        return list("practitionerId = ?1", practitionerId).stream()
                .sorted(Comparator.comparing(ScheduleInterval::getWeekday)
                        .thenComparing(ScheduleInterval::getStart))
                .toList();
    }

    /** The weeks of many practitioners in one query (availability). */
    public List<ScheduleInterval> ofPractitioners(Collection<UUID> practitionerIds) {
        return practitionerIds.isEmpty() ? List.of() : list("practitionerId in ?1", practitionerIds);
    }

    /**
     * Removes a practitioner's week at once, in the database: a bulk delete runs before the new
     * intervals are inserted, where Hibernate would order entity deletes after inserts and the
     * exclusion constraint would see old and new intervals side by side.
     */
    public long deleteOfPractitioner(UUID practitionerId) {
        return delete("practitionerId = ?1", practitionerId);
    }
}
