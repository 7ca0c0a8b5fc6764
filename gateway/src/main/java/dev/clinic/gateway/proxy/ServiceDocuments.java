package dev.clinic.gateway.proxy;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.clinic.gateway.http.Problem;
import dev.clinic.gateway.routing.RouteTable;
import dev.clinic.gateway.routing.Upstream;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Each service's own OpenAPI document at {@code /openapi/{service}} on the gateway, so Swagger UI
 * (served here) loads them from its own origin and "Try it out" calls go through the gateway.
 * Documents are public, like Quarkus' own {@code /q/openapi}; no header of the caller is passed on.
 */
@ApplicationScoped
public class ServiceDocuments {

    static final String ROOT = "/openapi/";
    private static final String SERVICE_DOCUMENT = "/q/openapi?format=json";

    private final Map<String, HttpProxy> proxies;

    ServiceDocuments(RouteTable routes, UpstreamClient client) {
        this.proxies = routes.upstreams().stream().collect(Collectors.toUnmodifiableMap(Upstream::name,
                upstream -> HttpProxy.reverseProxy(client.httpClient())
                        .origin(context -> client.open(upstream))
                        .addInterceptor(new ProxyInterceptor() {
                            @Override
                            public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                                context.request().setURI(SERVICE_DOCUMENT);
                                context.request().headers().remove("Authorization").remove("Cookie");
                                return context.sendRequest();
                            }
                        })
                        .addInterceptor(new UpstreamInterceptor(upstream))));
    }

    void register(@Observes Router router) {
        router.get(ROOT + ":service").handler(this::serve);
    }

    private void serve(RoutingContext context) {
        HttpProxy proxy = proxies.get(context.pathParam("service"));
        if (proxy == null) {
            Problem.notFound(context.request().path()).send(context);
            return;
        }
        proxy.handle(context.request());
    }
}
