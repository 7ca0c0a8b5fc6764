package dev.clinic.booking.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.clinic.booking.domain.TimeOff;
import dev.clinic.booking.repository.TimeOffRepository;
import dev.clinic.platform.audit.AuditLog;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.problem.ProblemException;

/**
 * Time off use cases. Time off may overlap other time off (a sick day inside a holiday is both);
 * availability subtracts their union. Changes are audited.
 */
@ApplicationScoped
public class TimeOffService {

    static final String RESOURCE = "TIME_OFF";

    private final TimeOffRepository timeOff;
    private final PractitionerService practitioners;
    private final AuditLog audit;

    TimeOffService(TimeOffRepository timeOff, PractitionerService practitioners, AuditLog audit) {
        this.timeOff = timeOff;
        this.practitioners = practitioners;
        this.audit = audit;
    }

    @Transactional
    public TimeOff create(UUID practitionerId, Instant start, Instant end, String reason) {
        practitioners.find(practitionerId);
        if (!start.isBefore(end)) {
            throw ProblemException.invalid("end", "must be after start");
        }
        TimeOff created = new TimeOff(practitionerId, start, end,
                reason == null || reason.isBlank() ? null : reason.strip());
        timeOff.persistAndFlush(created);
        audit.record("CREATE", RESOURCE, created.getId(), null);
        return created;
    }

    @Transactional
    public TimeOff get(UUID practitionerId, UUID id) {
        return timeOff.findByIdOptional(id)
                .filter(t -> t.getPractitionerId().equals(practitionerId))
                .orElseThrow(() -> ProblemException.notFound("Time off", id));
    }

    @Transactional
    public Page<TimeOff> list(UUID practitionerId, PageParams page) {
        practitioners.find(practitionerId);
        return timeOff.page(practitionerId, page);
    }
}
