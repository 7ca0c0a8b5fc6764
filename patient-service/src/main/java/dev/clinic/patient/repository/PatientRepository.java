package dev.clinic.patient.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.patient.domain.ExternalId;
import dev.clinic.patient.domain.Patient;
import dev.clinic.patient.domain.SearchText;
import dev.clinic.platform.paging.Keyset;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Patients of the caller's clinic (tenancy filters every query). */
@ApplicationScoped
public class PatientRepository implements PanacheRepositoryBase<Patient, UUID> {

    /** Archived patients are hidden unless asked for, and always shown in sync mode. */
    public Page<Patient> page(PatientFilter filter, PageParams page) {
        Where where = new Where();
        if (!filter.includeArchived() && !page.syncMode()) {
            where.and("archivedAt is null");
        }
        List<String> terms = SearchText.terms(filter.q());
        for (int i = 0; i < terms.size(); i++) {
            where.and("searchText like :term" + i + " escape '" + SearchText.LIKE_ESCAPE + "'", "term" + i,
                    SearchText.containsPattern(terms.get(i)));
        }
        where.equal("birthDate", filter.birthDate());
        if (filter.externalId() != null) {
            where.and("id in (select p.id from Patient p join p.externalIds x "
                    + "where x.system = :externalSystem and x.value = :externalValue)")
                    .parameter("externalSystem", filter.externalId().system())
                    .parameter("externalValue", filter.externalId().value());
        }
        return Keyset.page(this, where, page);
    }

    /** The patient of this clinic that holds {@code externalId}, archived or not. */
    public Optional<UUID> holderOf(ExternalId externalId) {
        return getEntityManager().createQuery("""
                select p.id from Patient p join p.externalIds x
                where x.system = :system and x.value = :value""", UUID.class)
                .setParameter("system", externalId.system())
                .setParameter("value", externalId.value())
                .getResultStream()
                .findFirst();
    }
}
