package dev.clinic.gateway;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Stands in for a service: answers its readiness probe, stays silent on paths ending in
 * {@code /slow}, starts an answer and then stalls on paths ending in {@code /stall}, and otherwise
 * echoes the request it got (method, path, query, headers, body) as JSON. {@code X-Echo-Status}
 * and {@code X-Echo-Location} choose the status and Location of the answer; like the real services
 * it returns the request id it was sent. {@code GET /fake/seen?path=P} tells how many requests for
 * path P arrived (as soon as their headers did, body or not).
 */
final class FakeUpstream implements Handler<HttpServerRequest> {

    static final long SLOW_MILLIS = 3_000;

    private final Vertx vertx;
    private final Map<String, Integer> seen = new ConcurrentHashMap<>();

    FakeUpstream(Vertx vertx) {
        this.vertx = vertx;
    }

    @Override
    public void handle(HttpServerRequest request) {
        if (request.path().equals("/fake/seen")) {
            request.response().end(String.valueOf(seen.getOrDefault(request.getParam("path"), 0)));
            return;
        }
        seen.merge(request.path(), 1, Integer::sum);
        if (request.path().endsWith("/stall")) {
            request.response().setChunked(true).putHeader("Content-Type", "application/json").write("{\"partial\":");
            return;
        }
        if (request.path().equals("/q/health/ready")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
            return;
        }
        if (request.path().endsWith("/slow")) {
            vertx.setTimer(SLOW_MILLIS, timer -> {
                if (!request.response().closed()) {
                    request.response().end("too late");
                }
            });
            return;
        }
        request.body().onSuccess(body -> {
            JsonObject headers = new JsonObject();
            request.headers().names().forEach(name -> headers.put(name.toLowerCase(),
                    new JsonArray(request.headers().getAll(name))));
            JsonObject echo = new JsonObject()
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("headers", headers)
                    .put("body", body.toString());
            String status = request.getHeader("X-Echo-Status");
            String location = request.getHeader("X-Echo-Location");
            if (location != null) {
                request.response().putHeader("Location", location);
            }
            String requestId = request.getHeader("X-Request-Id");
            if (requestId != null) {
                request.response().putHeader("X-Request-Id", requestId);
            }
            request.response()
                    .setStatusCode(status == null ? 200 : Integer.parseInt(status))
                    .putHeader("Content-Type", "application/json")
                    .putHeader("X-Upstream", "fake")
                    // like a server that names its version; the gateway must not pass it on
                    .putHeader("Server", "fake-upstream/1.0")
                    .end(echo.encode());
        });
    }
}
