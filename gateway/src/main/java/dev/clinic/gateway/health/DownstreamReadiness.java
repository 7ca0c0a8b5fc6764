package dev.clinic.gateway.health;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.clinic.gateway.config.GatewayConfig;
import dev.clinic.gateway.proxy.UpstreamClient;
import dev.clinic.gateway.routing.RouteTable;
import dev.clinic.gateway.routing.Upstream;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;

/**
 * One readiness check per service behind the gateway, named after its route: a GET of the
 * service's own {@code /q/health/ready} with a short timeout.
 * <p>
 * A service that is down makes the gateway not ready. That is deliberate for this stack: the
 * launcher and docker-compose start the gateway last and wait for it, so its readiness means "the
 * whole API answers". Behind a load balancer that routes per service this would be too strict (one
 * service down would take every route out of rotation); then these checks belong in a health
 * group instead, and readiness would cover the gateway alone.
 */
@ApplicationScoped
public class DownstreamReadiness {

    static final String PROBE_PATH = "/q/health/ready";

    private final HealthRegistry readiness;
    private final RouteTable routes;
    private final UpstreamClient client;
    private final Duration timeout;

    DownstreamReadiness(@Readiness HealthRegistry readiness, RouteTable routes, UpstreamClient client,
            GatewayConfig config) {
        this.readiness = readiness;
        this.routes = routes;
        this.client = client;
        this.timeout = config.health().timeout();
    }

    void register(@Observes StartupEvent startup) {
        for (Upstream upstream : routes.upstreams()) {
            readiness.register(upstream.name(), () -> probe(upstream));
        }
    }

    Uni<HealthCheckResponse> probe(Upstream upstream) {
        String url = upstream.url().resolve(PROBE_PATH).toString();
        return Uni.createFrom()
                .completionStage(() -> client.open(upstream, timeout)
                        .compose(request -> request.setMethod(HttpMethod.GET).setURI(PROBE_PATH).send())
                        // read the body so the pooled connection is free again
                        .compose(response -> response.body().map(body -> response.statusCode()))
                        .toCompletionStage())
                // the request's timeout ends with the response headers; a body that stalls is cut here
                .ifNoItem().after(timeout).failWith(() -> new TimeoutException(
                        "no complete answer within " + timeout.toMillis() + " ms"))
                .map(status -> HealthCheckResponse.named(upstream.name())
                        .status(status == 200)
                        .withData("url", url)
                        .withData("status", status)
                        .build())
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named(upstream.name())
                        .down()
                        .withData("url", url)
                        .withData("error", String.valueOf(failure.getMessage()))
                        .build());
    }
}
