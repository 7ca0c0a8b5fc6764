package dev.clinic.booking.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.booking.domain.TimeOff;
import dev.clinic.platform.paging.Keyset;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TimeOffRepository implements PanacheRepositoryBase<TimeOff, UUID> {

    public Page<TimeOff> page(UUID practitionerId, PageParams page) {
        return Keyset.page(this, "practitionerId = :practitionerId", Map.of("practitionerId", practitionerId), page);
    }

    /** Time off of many practitioners overlapping [from, to), in one query (availability). */
    public List<TimeOff> overlapping(Collection<UUID> practitionerIds, Instant from, Instant to) {
        return practitionerIds.isEmpty() ? List.of()
                : list("practitionerId in ?1 and startAt < ?3 and endAt > ?2 order by startAt", practitionerIds, from, to);
    }
}
