package dev.clinic.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Stands in for one service's {@code GET /api/v1/audit-events}, with the contract the platform's
 * resource keeps: clinic-admin only (the token's {@code role} claim here; it is not verified, the
 * gateway did that), {@code limit} 1..200 else a 400 problem naming it, {@code actor} filter, and
 * newest-first keyset paging whose cursor is {@code base64url("n|<epoch micros>|<uuid>")}, ids
 * ordered as PostgreSQL orders uuids (unsigned bytes = lower-case text). Its events are fixed by
 * the service's index: some at the same instant as other services' events and each other's.
 * {@code fake=slow-<name>} in the query makes the service named so stay silent.
 */
final class FakeAuditService implements Handler<HttpServerRequest> {

    static final Instant BASE = Instant.parse("2026-03-04T09:00:00Z");
    static final int EVENTS = 23;

    private final Vertx vertx;
    private final String name;
    private final List<JsonObject> events = new ArrayList<>();

    FakeAuditService(Vertx vertx, String name, int index) {
        this.vertx = vertx;
        this.name = name;
        Random random = new Random(1000 + index);
        for (int k = 0; k < EVENTS; k++) {
            // every fifth event of every service at one shared instant; the others interleave
            Instant at = k % 5 == 0 ? BASE.plusSeconds(1) : BASE.plus((long) k * 7 * (index + 1) + index, ChronoUnit.MILLIS)
                    .plus(k % 3, ChronoUnit.MICROS);
            UUID id = new UUID(random.nextLong(), random.nextLong());
            events.add(new JsonObject().put("id", id.toString()).put("occurredAt", at.toString()).put("service", name)
                    .put("actor", new JsonObject().put("subject", "user-" + (k % 3)).put("clientId", "clinic-web"))
                    .put("action", "READ").put("resourceType", "PATIENT").put("outcome", "SUCCESS"));
        }
        events.sort(NEWEST_FIRST);
    }

    static final Comparator<JsonObject> NEWEST_FIRST = Comparator
            .<JsonObject, Instant>comparing(event -> Instant.parse(event.getString("occurredAt")))
            .thenComparing(event -> event.getString("id")).reversed();

    @Override
    public void handle(HttpServerRequest request) {
        if (request.path().equals("/q/health/ready")) {
            request.response().end("{\"status\":\"UP\"}");
            return;
        }
        if (!request.path().equals("/api/v1/audit-events")) {
            request.response().setStatusCode(404).end();
            return;
        }
        if (("slow-" + name).equals(request.getParam("fake"))) {
            vertx.setTimer(5_000, timer -> {
                if (!request.response().closed()) {
                    request.response().end("{\"items\":[],\"nextCursor\":null}");
                }
            });
            return;
        }
        JsonObject claims = claims(request.getHeader("Authorization"));
        if (claims == null || !"clinic-admin".equals(claims.getString("role"))) {
            problem(request, 403, "forbidden", "Your role does not allow this operation", null);
            return;
        }
        int limit = 50;
        String limitParam = request.getParam("limit");
        if (limitParam != null) {
            try {
                limit = Integer.parseInt(limitParam);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > 200) {
                problem(request, 400, "validation-failed", "limit: must be between 1 and 200", "limit");
                return;
            }
        }
        String actor = request.getParam("actor");
        String cursor = request.getParam("cursor");
        Instant afterAt = null;
        String afterId = null;
        if (cursor != null) {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3 || !parts[0].equals("n")) {
                problem(request, 400, "validation-failed", "cursor: is not a cursor this API issued", "cursor");
                return;
            }
            afterAt = Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS);
            afterId = parts[2];
        }
        List<JsonObject> matching = new ArrayList<>();
        for (JsonObject event : events) {
            if (actor != null && !actor.equals(event.getJsonObject("actor").getString("subject"))) {
                continue;
            }
            if (afterAt != null) {
                Instant at = Instant.parse(event.getString("occurredAt"));
                int order = at.compareTo(afterAt);
                if (order > 0 || order == 0 && event.getString("id").compareTo(afterId) >= 0) {
                    continue;
                }
            }
            matching.add(event);
        }
        List<JsonObject> page = matching.size() > limit ? matching.subList(0, limit) : matching;
        String next = null;
        if (matching.size() > limit) {
            JsonObject last = page.get(page.size() - 1);
            long micros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.parse(last.getString("occurredAt")));
            next = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("n|" + micros + "|" + last.getString("id")).getBytes(StandardCharsets.UTF_8));
        }
        request.response().putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("items", new JsonArray(new ArrayList<>(page))).put("nextCursor", next).encode());
    }

    private static JsonObject claims(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        return parts.length < 2 ? null
                : new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    private void problem(HttpServerRequest request, int status, String code, String detail, String field) {
        JsonObject problem = new JsonObject().put("type", "https://clinic.dev/problems/" + code)
                .put("status", status).put("detail", detail).put("service", name);
        if (field != null) {
            problem.put("errors", new JsonArray().add(new JsonObject().put("field", field).put("message", "bad")));
        }
        request.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .end(problem.encode());
    }
}
