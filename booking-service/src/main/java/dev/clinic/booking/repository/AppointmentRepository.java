package dev.clinic.booking.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.booking.domain.Appointment;
import dev.clinic.booking.domain.scheduling.AppointmentStatus;
import dev.clinic.platform.paging.Keyset;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AppointmentRepository implements PanacheRepositoryBase<Appointment, UUID> {

    /** The list filters; null means "any". {@code from}/{@code to} select appointments overlapping [from, to). */
    public record Filter(UUID patientId, UUID practitionerId, Instant from, Instant to, AppointmentStatus status) {
    }

    public Page<Appointment> page(Filter filter, PageParams page) {
        return Keyset.page(this, new Where()
                .equal("patientId", filter.patientId())
                .equal("practitionerId", filter.practitionerId())
                .and("end > :from", "from", filter.from())
                .and("start < :to", "to", filter.to())
                .equal("status", filter.status()), page);
    }

    /**
     * Live appointments of many practitioners holding time in [from, to), buffers included, in one
     * query (availability).
     */
    public List<Appointment> liveOverlapping(Collection<UUID> practitionerIds, Instant from, Instant to) {
        return practitionerIds.isEmpty() ? List.of()
                : list("practitionerId in ?1 and status <> ?2 and start < ?4 and blockedUntil > ?3 order by start",
                        practitionerIds, AppointmentStatus.CANCELLED, from, to);
    }

    /**
     * The first live appointment (by start) of the practitioner, room or patient that holds time in
     * [start, blockedUntil), other than {@code exceptId}: the one an exclusion constraint refused a
     * booking for.
     */
    public Optional<Appointment> firstLiveBlocking(String resource, UUID resourceId, Instant start, Instant blockedUntil,
            UUID exceptId) {
        String column = switch (resource) {
            case "practitioner" -> "practitionerId";
            case "room" -> "roomId";
            case "patient" -> "patientId";
            default -> throw new IllegalArgumentException(resource);
        };
        return find(column + " = ?1 and status <> ?2 and start < ?4 and blockedUntil > ?3 and id <> ?5 order by start",
                resourceId, AppointmentStatus.CANCELLED, start, blockedUntil,
                exceptId == null ? new UUID(0, 0) : exceptId).firstResultOptional();
    }
}
