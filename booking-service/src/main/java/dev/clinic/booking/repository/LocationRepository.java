package dev.clinic.booking.repository;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.booking.domain.Location;
import dev.clinic.platform.paging.Keyset;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class LocationRepository implements PanacheRepositoryBase<Location, UUID> {

    public Page<Location> page(PageParams page) {
        return Keyset.page(this, "", Map.of(), page);
    }

    /** Another location of the caller's clinic with this name, compared as the unique index does (lower case). */
    public Optional<Location> findOtherByName(String name, UUID exceptId) {
        return exceptId == null
                ? find("lower(name) = lower(?1)", name).firstResultOptional()
                : find("lower(name) = lower(?1) and id <> ?2", name, exceptId).firstResultOptional();
    }
}
