package dev.clinic.gateway.proxy;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.clinic.gateway.edge.BodyLimit;
import dev.clinic.gateway.http.Problem;
import dev.clinic.gateway.routing.RouteTable;
import dev.clinic.gateway.routing.Upstream;
import io.smallrye.common.vertx.ContextLocals;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;

/**
 * Forwards {@code /api/v1/**} to the service that owns the first path segment, streaming the body
 * both ways. The route sits behind Quarkus' authentication and the {@code /api/v1/*} permission,
 * so only requests with a valid token get here.
 */
@ApplicationScoped
public class ApiProxy {

    /**
     * Quarkus' HTTP server metrics use this context local as the {@code uri} tag. Without it every
     * patient id would become a metric of its own.
     */
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    private final RouteTable routes;
    private final Map<String, HttpProxy> proxies;

    ApiProxy(RouteTable routes, UpstreamClient client, BodyLimit bodyLimit) {
        this.routes = routes;
        // The body limit comes first: a body sent without a length is complete and within the limit
        // before anything is sent to the service.
        this.proxies = routes.upstreams().stream().collect(Collectors.toUnmodifiableMap(Upstream::name,
                upstream -> HttpProxy.reverseProxy(client.httpClient())
                        .origin(context -> client.open(upstream))
                        .addInterceptor(bodyLimit.interceptor())
                        .addInterceptor(new UpstreamInterceptor(upstream, client.vertx(), client.readTimeout()))));
    }

    void register(@Observes Router router) {
        router.route(RouteTable.API_ROOT + "*").handler(this::forward);
    }

    private void forward(RoutingContext context) {
        // Route on the normalised path, as the service will: /api/v1/patients/../sessions is a session path.
        String path = context.normalizedPath();
        Upstream upstream = routes.route(path).orElse(null);
        if (upstream == null) {
            Problem.notFound(context.request().path()).send(context);
            return;
        }
        ContextLocals.put(URL_PATH_TEMPLATE, metricsTemplate(path));
        proxies.get(upstream.name()).handle(context.request());
    }

    /** {@code /api/v1/patients/7f0c…/consents} → {@code /api/v1/patients/*}. */
    static String metricsTemplate(String path) {
        String segment = RouteTable.segment(path).orElseThrow();
        String collection = RouteTable.API_ROOT + segment;
        return path.length() > collection.length() + 1 ? collection + "/*" : collection;
    }
}
