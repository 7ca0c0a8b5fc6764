package dev.clinic.gateway.proxy;

import java.net.ConnectException;
import java.time.Duration;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import dev.clinic.gateway.config.GatewayConfig;
import dev.clinic.gateway.routing.Upstream;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * The one HTTP client the gateway talks to services with (proxying and readiness probes), on
 * Quarkus' own Vert.x instance, so it shares the event loops that serve the clients.
 */
@Singleton
public class UpstreamClient {

    private final HttpClient client;
    private final Vertx vertx;
    private final GatewayConfig.Upstream settings;

    UpstreamClient(Vertx vertx, GatewayConfig config) {
        this.vertx = vertx;
        this.settings = config.upstream();
        // Decompression stays off (the default): bodies pass through exactly as the service encoded them.
        this.client = vertx.createHttpClient(
                new HttpClientOptions().setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis())),
                new PoolOptions().setHttp1MaxSize(settings.maxConnections()));
    }

    public HttpClient httpClient() {
        return client;
    }

    Vertx vertx() {
        return vertx;
    }

    /** The longest silence from a service, before or during its answer. */
    public Duration readTimeout() {
        return settings.readTimeout();
    }

    /** A request to the service with the proxy's timeouts; method, path and headers are set by the caller. */
    public Future<HttpClientRequest> open(Upstream upstream) {
        return open(upstream, settings.readTimeout());
    }

    /**
     * A request to the service that fails when it stays silent for {@code timeout}. Getting a
     * connection (a new one, or a pooled one when all {@code max-connections} are busy) takes at
     * most the connect timeout; failing that is a {@link NoConnectionException}: nothing was sent.
     */
    public Future<HttpClientRequest> open(Upstream upstream, Duration timeout) {
        long connectMillis = Math.min(settings.connectTimeout().toMillis(), timeout.toMillis());
        return client.request(new RequestOptions()
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
                .setConnectTimeout(connectMillis)
                .setIdleTimeout(timeout.toMillis()))
                .recover(failure -> Future.failedFuture(new NoConnectionException(upstream, connectMillis, failure)));
    }

    /**
     * No connection to the service: refused, unreachable, or none free within the connect timeout.
     * The request was never sent, so the gateway answers 503 (not 504: nothing can have been applied).
     */
    public static final class NoConnectionException extends ConnectException {

        NoConnectionException(Upstream upstream, long connectMillis, Throwable cause) {
            super("No connection to " + upstream.name() + " within " + connectMillis + " ms: " + cause.getMessage());
            initCause(cause);
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
