package dev.clinic.gateway.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Merges the services' pages of the audit log into one: newest first by ({@code occurredAt} desc,
 * {@code id} desc), cut to the page size. Each service answered its own newest {@code limit} events
 * after the same cursor, so the newest {@code limit} of them all are among those answers. The next
 * cursor names the last event shown; there is a next page when events were cut off here or a
 * service said it has more.
 * <p>
 * Ids compare as their lower-case text, which is the order PostgreSQL gives uuids (byte by byte),
 * not {@link java.util.UUID#compareTo} (signed).
 */
final class AuditMerge {

    /** An answer of one service could not be read as a page of audit events. */
    static final class UnreadablePage extends RuntimeException {
        UnreadablePage(String message) {
            super(message, null, false, false);
        }
    }

    private record Entry(Instant occurredAt, String id, JsonObject item) {
    }

    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing(Entry::occurredAt)
            .thenComparing(Entry::id).reversed();

    private AuditMerge() {
    }

    static JsonObject merge(List<JsonObject> pages, int limit) {
        List<Entry> all = new ArrayList<>();
        boolean more = false;
        for (JsonObject page : pages) {
            Object items = page.getValue("items");
            if (!(items instanceof JsonArray array)) {
                throw new UnreadablePage("no items");
            }
            for (Object item : array) {
                all.add(entry(item));
            }
            more |= page.getValue("nextCursor") != null;
        }
        all.sort(NEWEST_FIRST);
        List<Entry> shown = all.size() > limit ? all.subList(0, limit) : all;
        more |= all.size() > limit;
        String next = null;
        if (more && !shown.isEmpty()) {
            Entry last = shown.get(shown.size() - 1);
            next = AuditCursor.encode(last.occurredAt(), last.id());
        }
        JsonArray items = new JsonArray();
        shown.forEach(entry -> items.add(entry.item()));
        return new JsonObject().put("items", items).put("nextCursor", next);
    }

    private static Entry entry(Object item) {
        if (!(item instanceof JsonObject event) || !(event.getValue("occurredAt") instanceof String at)
                || !(event.getValue("id") instanceof String id)) {
            throw new UnreadablePage("an item without occurredAt or id");
        }
        try {
            return new Entry(Instant.parse(at), id.toLowerCase(Locale.ROOT), event);
        } catch (RuntimeException e) {
            throw new UnreadablePage("occurredAt " + at + " is not an instant");
        }
    }
}
