package dev.clinic.session.repository;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.platform.paging.Keyset;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.session.domain.TreatmentSession;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TreatmentSessionRepository implements PanacheRepositoryBase<TreatmentSession, UUID> {

    /** The clinic's sessions, or one patient's when {@code patientId} is given. */
    public Page<TreatmentSession> page(UUID patientId, PageParams page) {
        return patientId == null
                ? Keyset.page(this, "", Map.of(), page)
                : Keyset.page(this, "patientId = :patientId", Map.of("patientId", patientId), page);
    }
}
