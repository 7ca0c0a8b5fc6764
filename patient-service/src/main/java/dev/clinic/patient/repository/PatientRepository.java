package dev.clinic.patient.repository;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.patient.domain.Patient;
import dev.clinic.platform.paging.Keyset;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PatientRepository implements PanacheRepositoryBase<Patient, UUID> {

    /** Archived patients are hidden unless asked for, and always shown in sync mode. */
    public Page<Patient> page(boolean includeArchived, PageParams page) {
        String where = includeArchived || page.syncMode() ? "" : "archivedAt is null";
        return Keyset.page(this, where, Map.of(), page);
    }
}
