package dev.clinic.session.repository;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.platform.paging.Keyset;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.session.domain.Amendment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AmendmentRepository implements PanacheRepositoryBase<Amendment, UUID> {

    public Page<Amendment> page(UUID sessionId, PageParams page) {
        return Keyset.page(this, "sessionId = :sessionId", Map.of("sessionId", sessionId), page);
    }
}
