package dev.clinic.patient.repository;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.patient.domain.Questionnaire;
import dev.clinic.patient.domain.QuestionnaireType;
import dev.clinic.platform.paging.Keyset;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class QuestionnaireRepository implements PanacheRepositoryBase<Questionnaire, UUID> {

    /** The patient's questionnaires, of one type when {@code type} is given. */
    public Page<Questionnaire> page(UUID patientId, QuestionnaireType type, PageParams page) {
        Map<String, Object> params = new HashMap<>();
        params.put("patient", patientId);
        String where = "patientId = :patient";
        if (type != null) {
            where += " and type = :type";
            params.put("type", type);
        }
        return Keyset.page(this, where, params, page);
    }
}
