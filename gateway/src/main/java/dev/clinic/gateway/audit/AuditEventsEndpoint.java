package dev.clinic.gateway.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.clinic.gateway.http.Problem;
import dev.clinic.gateway.http.RequestIds;
import dev.clinic.gateway.proxy.UpstreamClient;
import dev.clinic.gateway.routing.RouteTable;
import dev.clinic.gateway.routing.Upstream;
import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/v1/audit-events}, answered by the gateway itself: every service keeps the audit
 * events of its own database, so the gateway asks all of them at once (with the caller's token and
 * the same query) and merges their pages ({@link AuditMerge}). The token check and rate limits of
 * {@code /api/v1/*} apply as to any other path; the services check the role (clinic-admin).
 * <ul>
 * <li>A service that refuses the request (400, 401, 403, ...) is answered as it answered: its
 * problem document passes through (the first such service in route order).</li>
 * <li>A service that cannot be reached, stays silent for {@code gateway.audit.timeout} or fails:
 * 503. A partial audit log would mislead, so there is none.</li>
 * </ul>
 */
@ApplicationScoped
public class AuditEventsEndpoint {

    public static final String PATH = "/api/v1/audit-events";
    /** Before the proxy's {@code /api/v1/*} route (default observer priority 2500), which knows no such segment. */
    static final int BEFORE_THE_PROXY = 1000;

    private final List<Upstream> services;
    private final UpstreamClient client;
    private final Duration timeout;

    AuditEventsEndpoint(RouteTable routes, UpstreamClient client, AuditConfig config) {
        this.services = routes.upstreams();
        this.client = client;
        this.timeout = config.timeout();
    }

    void register(@Observes @Priority(BEFORE_THE_PROXY) Router router) {
        router.route(PATH).handler(this::handle);
    }

    /** What one service answered. */
    private record Answer(Upstream service, int status, String contentType, Buffer body) {
    }

    void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.GET) {
            context.response().putHeader(HttpHeaders.ALLOW, "GET");
            Problem.of(405, request.method() + " is not allowed on " + request.path()).send(context);
            return;
        }
        String query = request.query();
        List<Future<Answer>> answers = new ArrayList<>();
        for (Upstream service : services) {
            answers.add(ask(service, query, request));
        }
        Future.join(answers).onComplete(ignored -> respond(context, answers, query));
    }

    private Future<Answer> ask(Upstream service, String query, HttpServerRequest inbound) {
        String uri = PATH + (query == null || query.isEmpty() ? "" : "?" + query);
        return client.open(service, timeout)
                .compose(outbound -> {
                    outbound.setMethod(HttpMethod.GET).setURI(uri)
                            .putHeader(HttpHeaders.ACCEPT, "application/json")
                            .putHeader(RequestIds.HEADER, RequestIds.of(inbound));
                    String authorization = inbound.getHeader(HttpHeaders.AUTHORIZATION);
                    if (authorization != null) {
                        outbound.putHeader(HttpHeaders.AUTHORIZATION, authorization);
                    }
                    return outbound.send();
                })
                .compose(response -> response.body().map(body -> new Answer(service, response.statusCode(),
                        response.getHeader(HttpHeaders.CONTENT_TYPE), body)));
    }

    private void respond(RoutingContext context, List<Future<Answer>> answers, String query) {
        if (context.response().ended()) {
            return;
        }
        // the caller's mistake (or missing role) first: every service would say the same
        for (Future<Answer> answer : answers) {
            if (answer.succeeded() && answer.result().status() >= 400 && answer.result().status() < 500) {
                passThrough(context, answer.result());
                return;
            }
        }
        List<JsonObject> pages = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Future<Answer> answer = answers.get(i);
            String service = services.get(i).name();
            if (answer.failed()) {
                Log.warnf("Audit log: no answer from %s (%s)", service, answer.cause().toString());
                unavailable.add(service);
            } else if (answer.result().status() != 200) {
                Log.warnf("Audit log: %s answered %d", service, answer.result().status());
                unavailable.add(service);
            } else {
                try {
                    pages.add(answer.result().body().toJsonObject());
                } catch (RuntimeException e) {
                    Log.warnf("Audit log: %s answered an unreadable page", service);
                    unavailable.add(service);
                }
            }
        }
        if (!unavailable.isEmpty()) {
            unavailable(context, unavailable);
            return;
        }
        JsonObject merged;
        try {
            merged = AuditMerge.merge(pages, limit(query));
        } catch (AuditMerge.UnreadablePage e) {
            Log.warnf("Audit log: a service answered a page that cannot be merged: %s", e.getMessage());
            unavailable(context, services.stream().map(Upstream::name).toList());
            return;
        }
        context.request().resume();
        String next = merged.getString("nextCursor");
        if (next != null) {
            context.response().putHeader("Link", "<" + nextLink(query, next) + ">; rel=\"next\"");
        }
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(merged.toBuffer());
    }

    private static void passThrough(RoutingContext context, Answer answer) {
        context.request().resume();
        var response = context.response().setStatusCode(answer.status());
        if (answer.contentType() != null) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, answer.contentType());
        }
        response.end(answer.body());
    }

    private static void unavailable(RoutingContext context, List<String> services) {
        Problem.of(503, "The audit log cannot be read completely: " + String.join(", ", services)
                + (services.size() == 1 ? " is" : " are") + " unavailable; try again shortly").send(context);
    }

    /** The page size the services were asked for: theirs by the same rules (they refuse a bad one first). */
    static int limit(String query) {
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith("limit=")) {
                try {
                    int limit = Integer.parseInt(pair.substring("limit=".length()).strip());
                    return limit >= 1 && limit <= 200 ? limit : 50;
                } catch (NumberFormatException e) {
                    return 50;
                }
            }
        }
        return 50;
    }

    /** The same query with the next cursor in place of the old one, path-absolute like the services' links. */
    static String nextLink(String query, String cursor) {
        String kept = query == null ? "" : java.util.Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.equals("cursor") && !pair.startsWith("cursor="))
                .collect(Collectors.joining("&"));
        return PATH + "?" + (kept.isEmpty() ? "" : kept + "&") + "cursor=" + cursor;
    }
}
