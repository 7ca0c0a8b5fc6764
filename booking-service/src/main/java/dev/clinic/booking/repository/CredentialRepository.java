package dev.clinic.booking.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.booking.domain.Credential;
import dev.clinic.platform.paging.Keyset;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CredentialRepository implements PanacheRepositoryBase<Credential, UUID> {

    public Page<Credential> page(UUID practitionerId, PageParams page) {
        return Keyset.page(this, "practitionerId = :practitionerId", Map.of("practitionerId", practitionerId), page);
    }

    /** The credentials of many practitioners in one query (availability, booking rules). */
    public List<Credential> ofPractitioners(Collection<UUID> practitionerIds) {
        return practitionerIds.isEmpty() ? List.of()
                : list("practitionerId in ?1 order by practitionerId, issuedOn", practitionerIds);
    }
}
