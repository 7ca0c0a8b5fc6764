package dev.clinic.booking.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.booking.domain.Practitioner;
import dev.clinic.platform.paging.Keyset;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PractitionerRepository implements PanacheRepositoryBase<Practitioner, UUID> {

    public Page<Practitioner> page(PageParams page, boolean activeOnly) {
        return Keyset.page(this, activeOnly ? "active = true" : "", Map.of(), page);
    }

    /** Another practitioner of the caller's clinic with this email, compared as the unique index does. */
    public Optional<Practitioner> findOtherByEmail(String email, UUID exceptId) {
        return exceptId == null
                ? find("lower(email) = lower(?1)", email).firstResultOptional()
                : find("lower(email) = lower(?1) and id <> ?2", email, exceptId).firstResultOptional();
    }

    public Optional<Practitioner> findByKeycloakUserId(String keycloakUserId) {
        return find("keycloakUserId", keycloakUserId).firstResultOptional();
    }

    /** Active practitioners, all or those asked for: one query for availability. */
    public List<Practitioner> active(Collection<UUID> onlyThese) {
        return onlyThese == null || onlyThese.isEmpty()
                ? list("active = true order by id")
                : list("active = true and id in ?1 order by id", onlyThese);
    }
}
