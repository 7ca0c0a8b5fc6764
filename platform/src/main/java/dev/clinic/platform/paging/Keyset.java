package dev.clinic.platform.paging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.clinic.platform.persistence.TenantEntity;
import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Keyset pagination over any {@link TenantEntity}: ordered by (createdAt, id), or by
 * (updatedAt, id) in sync mode, fetching one row more than the page to know whether another
 * page follows. Stable under concurrent inserts, and one query per page.
 */
public final class Keyset {

    private Keyset() {
    }

    /** One page of the rows that match {@code where}. */
    public static <E extends TenantEntity> Page<E> page(PanacheRepositoryBase<E, UUID> repository, Where where,
            PageParams page) {
        return page(repository, where.hql(), where.parameters(), page);
    }

    /**
     * @param where an HQL condition on the entity's fields (without "where"), or blank for none
     * @param parameters the named parameters of {@code where}
     */
    public static <E extends TenantEntity> Page<E> page(PanacheRepositoryBase<E, UUID> repository, String where,
            Map<String, Object> parameters, PageParams page) {
        Cursor.Ordering ordering = page.syncMode() ? Cursor.Ordering.UPDATED : Cursor.Ordering.CREATED;
        String sortField = ordering == Cursor.Ordering.UPDATED ? "updatedAt" : "createdAt";
        StringBuilder query = new StringBuilder(where == null || where.isBlank() ? "1 = 1" : "(" + where + ")");
        Map<String, Object> params = new HashMap<>(parameters);
        if (page.syncMode()) {
            query.append(" and updatedAt >= :updatedSince");
            params.put("updatedSince", page.updatedSince);
        }
        if (page.cursor != null && !page.cursor.isBlank()) {
            Cursor after = Cursor.decode(page.cursor, ordering);
            query.append(" and (").append(sortField).append(" > :cursorAt or (").append(sortField)
                    .append(" = :cursorAt and id > :cursorId))");
            params.put("cursorAt", after.at());
            params.put("cursorId", after.id());
        }
        List<E> rows = repository.find(query.toString(), Sort.by(sortField).and("id"), params)
                .range(0, page.limit)
                .list();
        if (rows.size() <= page.limit) {
            return new Page<>(rows, null);
        }
        List<E> items = rows.subList(0, page.limit);
        E last = items.get(items.size() - 1);
        Cursor next = new Cursor(ordering, ordering == Cursor.Ordering.UPDATED ? last.getUpdatedAt() : last.getCreatedAt(),
                last.getId());
        return new Page<>(List.copyOf(items), next.encode());
    }
}
