package dev.clinic.booking.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.booking.domain.AppointmentType;
import dev.clinic.booking.domain.Modality;
import dev.clinic.platform.paging.Keyset;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AppointmentTypeRepository implements PanacheRepositoryBase<AppointmentType, UUID> {

    /** @param modality only this modality, or null for all; @param active only active (or inactive) ones, or null for all */
    public Page<AppointmentType> page(Modality modality, Boolean active, PageParams page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (modality != null) {
            conditions.add("modality = :modality");
            parameters.put("modality", modality);
        }
        if (active != null) {
            conditions.add("active = :active");
            parameters.put("active", active);
        }
        return Keyset.page(this, String.join(" and ", conditions), parameters, page);
    }
}
