package dev.clinic.gateway.edge;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.clinic.gateway.config.GatewayConfig;
import dev.clinic.gateway.routing.RouteTable;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The headers every answer of the gateway carries, whoever wrote it (a service, the gateway's
 * problem documents, Quarkus, the CORS filter): they are set just before the headers go out.
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY},
 * {@code Referrer-Policy: no-referrer} everywhere.</li>
 * <li>{@code Content-Security-Policy: default-src 'none'; frame-ancestors 'none'} on everything but
 * Swagger UI: an API answer is data, never a page to run. Swagger UI's pages get a policy that
 * allows their own scripts and styles (its start-up script is inline) and connections to the
 * gateway and the identity provider.</li>
 * <li>{@code Cache-Control: no-store} on {@code /api/v1}: the answers hold health data, which no
 * browser or shared cache may keep. Revalidation still works: clients keep the {@code ETag}.</li>
 * <li>{@code Strict-Transport-Security} only when the request came over HTTPS (directly, or as
 * {@code X-Forwarded-Proto: https} from a TLS-terminating proxy): over plain HTTP it means
 * nothing.</li>
 * <li>No {@code Server} or {@code X-Powered-By}: what runs behind is nobody's business.</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Before everything else, so even answers written by other filters get the headers. */
    static final int PRIORITY = 20_000;
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String SWAGGER_UI_ROOT = "/q/swagger-ui";

    private final String swaggerUiPolicy;
    private final String hsts;

    @Inject
    SecurityHeaders(GatewayConfig config,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> identityProvider) {
        this(config.securityHeaders(), identityProvider.filter(url -> !url.isBlank()).map(URI::create));
    }

    SecurityHeaders(GatewayConfig.SecurityHeaders config, Optional<URI> identityProvider) {
        Set<String> connect = new LinkedHashSet<>();
        connect.add("'self'");
        identityProvider.map(SecurityHeaders::origin).ifPresent(connect::add);
        config.swaggerUiConnectSrc().orElse(List.of()).stream().map(SecurityHeaders::origin).forEach(connect::add);
        this.swaggerUiPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self' data:; connect-src " + String.join(" ", connect)
                + "; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
        this.hsts = "max-age=" + config.hstsMaxAge().toSeconds();
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.addHeadersEndHandler(end -> apply(context));
            context.next();
        }, PRIORITY);
    }

    void apply(RoutingContext context) {
        HttpServerRequest request = context.request();
        MultiMap headers = context.response().headers();
        String path = request.path() == null ? "" : request.path();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Content-Security-Policy", isSwaggerUi(path) ? swaggerUiPolicy : API_POLICY);
        if (path.startsWith(RouteTable.API_ROOT) || path.equals("/api/v1")) {
            headers.set("Cache-Control", "no-store");
        }
        if (cameOverHttps(request)) {
            headers.set("Strict-Transport-Security", hsts);
        }
        headers.remove("Server");
        headers.remove("X-Powered-By");
    }

    String swaggerUiPolicy() {
        return swaggerUiPolicy;
    }

    static boolean isSwaggerUi(String path) {
        return path.equals(SWAGGER_UI_ROOT) || path.startsWith(SWAGGER_UI_ROOT + "/");
    }

    static boolean cameOverHttps(HttpServerRequest request) {
        if ("https".equalsIgnoreCase(request.scheme())) {
            return true;
        }
        String forwarded = request.getHeader("X-Forwarded-Proto");
        // the first entry is what the client used (proxies append their own hop)
        return forwarded != null && forwarded.split(",")[0].strip().equalsIgnoreCase("https");
    }

    /** {@code http://localhost:8180/realms/clinic} → {@code http://localhost:8180}. */
    static String origin(URI url) {
        if (url.getScheme() == null || url.getHost() == null) {
            throw new IllegalArgumentException("not an absolute http(s) URL: " + url);
        }
        return url.getScheme() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort());
    }
}
