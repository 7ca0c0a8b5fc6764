package dev.clinic.session.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.platform.paging.Keyset;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.session.domain.TreatmentPlan;
import dev.clinic.session.domain.TreatmentPlanStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TreatmentPlanRepository implements PanacheRepositoryBase<TreatmentPlan, UUID> {

    /** The clinic's plans, narrowed to one patient and/or one status when those are given. */
    public Page<TreatmentPlan> page(UUID patientId, TreatmentPlanStatus status, PageParams page) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        if (patientId != null) {
            where.append("patientId = :patientId");
            parameters.put("patientId", patientId);
        }
        if (status != null) {
            where.append(where.isEmpty() ? "" : " and ").append("status = :status");
            parameters.put("status", status);
        }
        return Keyset.page(this, where.toString(), parameters, page);
    }

    /**
     * How many signed sessions count towards each of the given plans, in one query for all of them:
     * sessions of the plan's patient and modality that started within the plan's period (read in
     * UTC, the bounds of domain.TreatmentPlanSchedule#counts). Plans with none are absent from the
     * map. Native SQL does not get Hibernate's tenant filter, so the clinic is a condition here.
     */
    public Map<UUID, Long> signedSessionCounts(String clinicId, Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select p.id, count(*)
                from treatment_plan p
                join treatment_session s
                  on s.clinic_id = p.clinic_id
                 and s.patient_id = p.patient_id
                 and s.modality = p.modality
                 and s.status = 'SIGNED'
                 and s.started_at >= (p.start_date::timestamp at time zone 'UTC')
                 and s.started_at < ((p.review_date + 1)::timestamp at time zone 'UTC')
                where p.clinic_id = :clinicId and p.id in (:planIds)
                group by p.id""")
                .setParameter("clinicId", clinicId)
                .setParameter("planIds", planIds)
                .getResultList();
        Map<UUID, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
