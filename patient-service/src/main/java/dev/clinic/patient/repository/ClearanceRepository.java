package dev.clinic.patient.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.patient.domain.Clearance;
import dev.clinic.patient.domain.ContraindicationCode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ClearanceRepository implements PanacheRepositoryBase<Clearance, UUID> {

    /** The clearances no re-screening ended, newest first. */
    public List<Clearance> standing(UUID patientId) {
        return list("patientId = ?1 and invalidatedAt is null", Sort.descending("createdAt", "id"), patientId);
    }

    /** The standing clearances of the given codes, to be ended by a re-screening. */
    public List<Clearance> standing(UUID patientId, Collection<ContraindicationCode> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return list("patientId = :patientId and code in :codes and invalidatedAt is null",
                Parameters.with("patientId", patientId).and("codes", codes));
    }

    /** The most recently recorded clearance of a code, standing or ended. */
    public Optional<Clearance> latest(UUID patientId, ContraindicationCode code) {
        return find("patientId = ?1 and code = ?2", Sort.descending("createdAt", "id"), patientId, code)
                .firstResultOptional();
    }
}
