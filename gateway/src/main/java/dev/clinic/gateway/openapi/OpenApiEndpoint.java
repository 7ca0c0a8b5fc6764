package dev.clinic.gateway.openapi;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.clinic.gateway.audit.AuditEventsEndpoint;
import dev.clinic.gateway.http.Problem;
import dev.clinic.gateway.openapi.GatewayDocument.Frame;
import dev.clinic.gateway.openapi.MergedDocumentCache.NoDocumentException;
import dev.clinic.gateway.openapi.MergedDocumentCache.Snapshot;
import dev.clinic.gateway.proxy.UpstreamClient;
import dev.clinic.gateway.routing.RouteTable;
import dev.clinic.gateway.routing.Upstream;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The one OpenAPI document of the clinic API: {@code GET /openapi} (JSON; {@code ?format=yaml} or
 * an {@code Accept} of YAML for YAML), {@code /openapi.json} and {@code /openapi.yaml}. Public, like
 * every OpenAPI document here: only {@code /api/v1/*} needs a token. Swagger UI at
 * {@code /q/swagger-ui} shows this document.
 */
@ApplicationScoped
public class OpenApiEndpoint {

    static final String PATH = "/openapi";
    static final String JSON = "application/json;charset=UTF-8";
    static final String YAML = "application/yaml;charset=UTF-8";
    /** Where each service serves its own document. */
    static final String SERVICE_DOCUMENT = "/q/openapi?format=json";

    private final RouteTable routes;
    private final UpstreamClient client;
    private final ApiDocsConfig config;
    private final MergedDocumentCache cache;

    OpenApiEndpoint(RouteTable routes, UpstreamClient client, ApiDocsConfig config, Vertx vertx) {
        this.routes = routes;
        this.client = client;
        this.config = config;
        String realm = config.realm().toString().replaceAll("/+$", "");
        Frame frame = new Frame(config.title(), config.version(), config.serverUrl(), URI.create(realm),
                config.webClientId());
        List<String> services = routes.upstreams().stream().map(Upstream::name).toList();
        this.cache = new MergedDocumentCache(vertx, services, this::fetch,
                documents -> GatewayDocument.build(documents, frame, this::routedTo), config.cacheFor(),
                System::nanoTime);
    }

    void register(@Observes Router router) {
        router.get(PATH).handler(context -> serve(context, format(context)));
        router.get(PATH + ".json").handler(context -> serve(context, Format.JSON));
        router.get(PATH + ".yaml").handler(context -> serve(context, Format.YAML));
    }

    /** Fetches the services' documents once at start, so a service that goes down later has a last good one. */
    void warmUp(@Observes StartupEvent startup) {
        cache.current();
    }

    private enum Format {
        JSON, YAML, UNKNOWN
    }

    private static Format format(RoutingContext context) {
        List<String> format = context.queryParam("format");
        if (!format.isEmpty()) {
            return switch (format.get(0).toLowerCase(Locale.ROOT)) {
                case "json" -> Format.JSON;
                case "yaml", "yml" -> Format.YAML;
                default -> Format.UNKNOWN;
            };
        }
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        boolean yaml = accept != null && accept.toLowerCase(Locale.ROOT).contains("yaml");
        boolean json = accept != null && accept.toLowerCase(Locale.ROOT).contains("json");
        return yaml && !json ? Format.YAML : Format.JSON;
    }

    private void serve(RoutingContext context, Format format) {
        if (format == Format.UNKNOWN) {
            Problem.of(400, "format must be json or yaml").send(context);
            return;
        }
        Context requestContext = Vertx.currentContext();
        cache.current().onComplete(result -> requestContext.runOnContext(ignored -> {
            if (context.response().ended()) {
                return;
            }
            if (result.failed()) {
                if (!(result.cause() instanceof NoDocumentException)) {
                    context.fail(result.cause());
                    return;
                }
                Problem.of(503, "The API documentation is unavailable: no service has served its document yet; "
                        + "try again shortly").send(context);
                return;
            }
            Snapshot snapshot = result.result();
            Buffer body = format == Format.YAML ? snapshot.yaml() : snapshot.json();
            context.request().resume();
            context.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, format == Format.YAML ? YAML : JSON)
                    .end(body);
        }));
    }

    private boolean routedTo(String path, String service) {
        if (AuditEventsEndpoint.PATH.equals(path)) {
            // the gateway answers it from every service (each documents it alike; the merge keeps one)
            return true;
        }
        return routes.route(path).map(upstream -> upstream.name().equals(service)).orElse(false);
    }

    private Future<Buffer> fetch(String service) {
        Upstream upstream = routes.upstreams().stream().filter(u -> u.name().equals(service)).findFirst().orElseThrow();
        return client.open(upstream, config.fetchTimeout())
                .compose(request -> request.setMethod(HttpMethod.GET)
                        .setURI(SERVICE_DOCUMENT)
                        .putHeader(HttpHeaders.ACCEPT, "application/json")
                        .send())
                .compose(response -> response.body().compose(body -> {
                    if (response.statusCode() != 200) {
                        return Future.failedFuture("answered " + response.statusCode());
                    }
                    if (body.length() > OpenApiFormat.MAX_DOCUMENT_BYTES) {
                        return Future.failedFuture("document of " + body.length() + " bytes is too large");
                    }
                    return Future.succeededFuture(body);
                }));
    }
}
