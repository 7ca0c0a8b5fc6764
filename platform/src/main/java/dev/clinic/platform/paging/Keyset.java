package dev.clinic.platform.paging;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

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

    /**
     * One page of any entity, newest first: ordered by ({@code timeField} desc, id desc), e.g. the
     * audit log. The cursor ({@link Cursor.Ordering#NEWEST_FIRST}) names the last item shown; the
     * next page holds what sorts after it. {@code page.updatedSince} does not apply and is ignored.
     *
     * @param timeField the entity's instant field to order by (microsecond precision)
     */
    public static <E> Page<E> newestFirst(EntityManager entityManager, Class<E> entity, String timeField,
            Function<E, Instant> time, Function<E, UUID> id, Where where, PageParams page) {
        String condition = where.hql();
        StringBuilder query = new StringBuilder("from ").append(entityManager.getMetamodel().entity(entity).getName())
                .append(" where ").append(condition.isBlank() ? "1 = 1" : "(" + condition + ")");
        Map<String, Object> params = new HashMap<>(where.parameters());
        if (page.cursor != null && !page.cursor.isBlank()) {
            Cursor after = Cursor.decode(page.cursor, Cursor.Ordering.NEWEST_FIRST);
            query.append(" and (").append(timeField).append(" < :cursorAt or (").append(timeField)
                    .append(" = :cursorAt and id < :cursorId))");
            params.put("cursorAt", after.at());
            params.put("cursorId", after.id());
        }
        query.append(" order by ").append(timeField).append(" desc, id desc");
        var typed = entityManager.createQuery(query.toString(), entity);
        params.forEach(typed::setParameter);
        List<E> rows = typed.setMaxResults(page.limit + 1).getResultList();
        if (rows.size() <= page.limit) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<E> items = rows.subList(0, page.limit);
        E last = items.get(items.size() - 1);
        return new Page<>(List.copyOf(items),
                new Cursor(Cursor.Ordering.NEWEST_FIRST, time.apply(last), id.apply(last)).encode());
    }

    /**
     * The cursor {@link #newestFirst} would give for an item at ({@code at}, {@code id}): for lists
     * merged from several sources (the gateway makes the same encoding, see {@link Cursor}).
     */
    public static String newestFirstCursor(Instant at, UUID id) {
        return new Cursor(Cursor.Ordering.NEWEST_FIRST, at, id).encode();
    }
}
