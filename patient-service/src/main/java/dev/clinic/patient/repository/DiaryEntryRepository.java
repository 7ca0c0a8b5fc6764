package dev.clinic.patient.repository;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.clinic.patient.domain.DiaryEntry;
import dev.clinic.platform.paging.Keyset;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class DiaryEntryRepository implements PanacheRepositoryBase<DiaryEntry, UUID> {

    /** Marks a cursor of the by-date ordering, so a sync cursor is not taken for one (and vice versa). */
    private static final String DATE_CURSOR_TAG = "d|";

    public Optional<DiaryEntry> findByDate(UUID patientId, LocalDate date) {
        return find("patientId = ?1 and entryDate = ?2", patientId, date).firstResultOptional();
    }

    /**
     * Serialises the writers of one patient's day until the transaction ends: the second of two
     * concurrent first recordings of a day then finds the first one's entry and replaces it,
     * instead of failing on the unique constraint. Different days never wait for each other.
     */
    public void lockDay(String clinicId, UUID patientId, LocalDate date) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "diary_entry|" + clinicId + "|" + patientId + "|" + date)
                .getSingleResult();
    }

    /** Every entry of the patient from {@code from} to {@code to}, both inclusive, by date. */
    public List<DiaryEntry> between(UUID patientId, LocalDate from, LocalDate to) {
        return list("patientId = ?1 and entryDate >= ?2 and entryDate <= ?3", Sort.by("entryDate"),
                patientId, from, to);
    }

    /**
     * One page of the patient's diary, by date (oldest first) with a date keyset; in sync mode by
     * (updatedAt, id) like every list. {@code from} and {@code to} bound the dates in both modes.
     */
    public Page<DiaryEntry> page(UUID patientId, LocalDate from, LocalDate to, PageParams page) {
        StringBuilder where = new StringBuilder("patientId = :patient");
        Map<String, Object> params = new HashMap<>();
        params.put("patient", patientId);
        if (from != null) {
            where.append(" and entryDate >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and entryDate <= :to");
            params.put("to", to);
        }
        if (page.syncMode()) {
            return Keyset.page(this, where.toString(), params, page);
        }
        if (page.cursor != null && !page.cursor.isBlank()) {
            where.append(" and entryDate > :after");
            params.put("after", decodeDateCursor(page.cursor));
        }
        // One date is one entry per patient, so the date alone orders the keyset.
        List<DiaryEntry> rows = find(where.toString(), Sort.by("entryDate"), params).range(0, page.limit).list();
        if (rows.size() <= page.limit) {
            return new Page<>(rows, null);
        }
        List<DiaryEntry> items = List.copyOf(rows.subList(0, page.limit));
        return new Page<>(items, encodeDateCursor(items.get(items.size() - 1).getDate()));
    }

    static String encodeDateCursor(LocalDate after) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((DATE_CURSOR_TAG + after).getBytes(StandardCharsets.UTF_8));
    }

    static LocalDate decodeDateCursor(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(DATE_CURSOR_TAG)) {
                return LocalDate.parse(raw.substring(DATE_CURSOR_TAG.length()));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // answered below, like any other cursor this list did not issue
        }
        throw ProblemException.invalid("cursor", "is not a cursor this API issued for this list and ordering");
    }
}
