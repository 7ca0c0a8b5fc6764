package dev.clinic.patient.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.patient.domain.Consent;
import dev.clinic.patient.domain.ConsentType;
import dev.clinic.platform.paging.Keyset;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    /** A patient's consents, revoked ones included (a revocation is part of the record). */
    public Page<Consent> page(UUID patientId, ConsentType type, PageParams page) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("patientId", patientId);
        String where = "patientId = :patientId";
        if (type != null) {
            where += " and type = :type";
            parameters.put("type", type);
        }
        return Keyset.page(this, where, parameters, page);
    }

    public List<Consent> forPatient(UUID patientId) {
        return list("patientId", patientId);
    }
}
