package dev.clinic.session.repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.platform.paging.Keyset;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.paging.Where;
import dev.clinic.session.domain.Modality;
import dev.clinic.session.domain.SessionStatus;
import dev.clinic.session.domain.TreatmentSession;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TreatmentSessionRepository implements PanacheRepositoryBase<TreatmentSession, UUID> {

    /** List filters; each one left null does not filter. {@code from} ≤ startedAt < {@code to}. */
    public record Filter(UUID patientId, UUID practitionerId, Instant from, Instant to, SessionStatus status) {
    }

    public Page<TreatmentSession> page(Filter filter, PageParams page) {
        return Keyset.page(this, new Where()
                .equal("patientId", filter.patientId())
                .equal("practitionerId", filter.practitionerId())
                .and("startedAt >= :from", "from", filter.from())
                .and("startedAt < :to", "to", filter.to())
                .equal("status", filter.status()), page);
    }

    public Optional<TreatmentSession> findByAppointment(UUID appointmentId) {
        return find("appointmentId", appointmentId).firstResultOptional();
    }

    /** Whether the patient has a signed session of this modality other than {@code except}. */
    public boolean hasOtherSigned(UUID patientId, Modality modality, UUID except) {
        return count("patientId = ?1 and modality = ?2 and status = ?3 and id <> ?4", patientId, modality,
                SessionStatus.SIGNED, except) > 0;
    }
}
