package dev.clinic.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

class AuditMergeTest {

    static JsonObject event(String id, String at) {
        return new JsonObject().put("id", id).put("occurredAt", at);
    }

    static JsonObject page(String nextCursor, JsonObject... events) {
        return new JsonObject().put("items", new JsonArray(List.of((Object[]) events))).put("nextCursor", nextCursor);
    }

    @Test
    void idsOrderAsPostgresOrdersUuidsNotAsJavaDoes() {
        // java.util.UUID compares signed: 8000... < 7fff...; PostgreSQL (and the services) the other way
        String high = "80000000-0000-4000-8000-000000000000";
        String low = "7fffffff-0000-4000-8000-000000000000";
        JsonObject merged = AuditMerge.merge(List.of(page(null, event(low, "2026-03-04T09:00:00Z")),
                page(null, event(high, "2026-03-04T09:00:00Z"))), 50);
        assertThat(merged.getJsonArray("items").stream().map(item -> ((JsonObject) item).getString("id")))
                .containsExactly(high, low);
        assertThat(merged.getValue("nextCursor")).isNull();
    }

    @Test
    void aNextPageWhenCutHereOrWhenAServiceHasMore() {
        JsonObject a = event("00000000-0000-4000-8000-000000000001", "2026-03-04T09:00:00.000001Z");
        JsonObject b = event("00000000-0000-4000-8000-000000000002", "2026-03-04T09:00:00Z");
        JsonObject cut = AuditMerge.merge(List.of(page(null, a), page(null, b)), 1);
        assertThat(cut.getJsonArray("items")).containsExactly(a);
        assertThat(cut.getString("nextCursor")).isEqualTo(AuditCursor.encode(
                java.time.Instant.parse("2026-03-04T09:00:00.000001Z"), a.getString("id")));
        JsonObject more = AuditMerge.merge(List.of(page("x", a), page(null, b)), 2);
        assertThat(more.getJsonArray("items")).containsExactly(a, b);
        assertThat(more.getString("nextCursor")).isNotNull();
        assertThat(AuditMerge.merge(List.of(page(null), page(null)), 5).getValue("nextCursor")).isNull();
    }

    @Test
    void anUnreadablePageIsRefused() {
        assertThatThrownBy(() -> AuditMerge.merge(List.of(new JsonObject().put("items", "no")), 5))
                .isInstanceOf(AuditMerge.UnreadablePage.class);
        assertThatThrownBy(() -> AuditMerge.merge(List.of(page(null, event("x", "yesterday"))), 5))
                .isInstanceOf(AuditMerge.UnreadablePage.class);
    }

    @Test
    void theNextLinkKeepsTheFiltersAndReplacesTheCursor() {
        assertThat(AuditEventsEndpoint.nextLink("actor=a%20b&cursor=old&limit=5", "new"))
                .isEqualTo("/api/v1/audit-events?actor=a%20b&limit=5&cursor=new");
        assertThat(AuditEventsEndpoint.nextLink(null, "c")).isEqualTo("/api/v1/audit-events?cursor=c");
        assertThat(AuditEventsEndpoint.limit("limit=7")).isEqualTo(7);
        assertThat(AuditEventsEndpoint.limit("actor=x")).isEqualTo(50);
    }

    @Test
    void the401LineNamesTheRequestNeverTheToken() {
        assertThat(UnauthorizedLog.quoted("/api/v1/x\"\n")).isEqualTo("\"/api/v1/x\\\"\\u000a\"");
    }
}
