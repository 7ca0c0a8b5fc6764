package dev.clinic.gateway.proxy;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import dev.clinic.gateway.http.Problem;
import dev.clinic.gateway.http.RequestIds;
import dev.clinic.gateway.routing.Upstream;
import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * What the gateway adds to a proxied exchange: the {@code X-Forwarded-*} headers on the way in, a
 * problem document when the service cannot be reached or stays silent, and one request id on the
 * way out. Everything else (method, path, query, headers, body, status) passes through untouched.
 */
final class UpstreamInterceptor implements ProxyInterceptor {

    static final String X_FORWARDED_FOR = "X-Forwarded-For";
    static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String X_FORWARDED_HOST = "X-Forwarded-Host";
    static final String X_FORWARDED_PORT = "X-Forwarded-Port";

    private final Upstream upstream;
    private final Vertx vertx;
    private final long readTimeoutMillis;

    UpstreamInterceptor(Upstream upstream, Vertx vertx, Duration readTimeout) {
        this.upstream = upstream;
        this.vertx = vertx;
        this.readTimeoutMillis = readTimeout.toMillis();
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        addForwardedHeaders(context.request().headers(), context.request().proxiedRequest());
        return context.sendRequest().recover(failure -> Future.succeededFuture(problem(context, failure)));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        // The gateway's id is already on the response; the service echoes the same one, and the
        // proxy would add that copy as a second header.
        context.response().headers().remove(RequestIds.HEADER);
        guardAgainstSilence(context);
        return context.sendResponse();
    }

    /** The read timeout also covers the body: a service that stalls halfway is cut like a silent one. */
    private void guardAgainstSilence(ProxyContext context) {
        ProxyResponse response = context.response();
        Body body = response.getBody();
        if (body == null) {
            return;
        }
        HttpServerRequest inbound = context.request().proxiedRequest();
        String requestId = RequestIds.of(inbound);
        response.setBody(Body.body(new SilenceGuard(body.stream(), vertx, readTimeoutMillis,
                () -> Log.warnf("[req:%s] %s %s: %s stalled in the middle of its answer for %d ms; the answer is cut",
                        requestId, inbound.method(), inbound.path(), upstream.name(), readTimeoutMillis)),
                body.length()));
    }

    /**
     * The client's address is appended to any chain it sent; host, port and scheme are what the
     * gateway itself was asked for, so a client cannot make a service believe another origin.
     */
    static void addForwardedHeaders(MultiMap headers, HttpServerRequest inbound) {
        SocketAddress client = inbound.remoteAddress();
        if (client != null && client.hostAddress() != null) {
            String chain = String.join(", ", headers.getAll(X_FORWARDED_FOR));
            headers.set(X_FORWARDED_FOR, chain.isBlank() ? client.hostAddress() : chain + ", " + client.hostAddress());
        }
        headers.set(X_FORWARDED_PROTO, inbound.scheme());
        HostAndPort authority = inbound.authority();
        if (authority != null) {
            int port = authority.port() > 0 ? authority.port() : "https".equals(inbound.scheme()) ? 443 : 80;
            headers.set(X_FORWARDED_HOST, authority.port() > 0 ? authority.host() + ":" + port : authority.host());
            headers.set(X_FORWARDED_PORT, Integer.toString(port));
        } else {
            headers.remove(X_FORWARDED_HOST);
            headers.remove(X_FORWARDED_PORT);
        }
    }

    private ProxyResponse problem(ProxyContext context, Throwable failure) {
        HttpServerRequest inbound = context.request().proxiedRequest();
        Problem problem = problemFor(failure, inbound.path());
        Log.warnf("%s %s: no answer from %s, answering %d (%s)", inbound.method(), inbound.path(),
                upstream.name(), problem.status(), failure);
        // release() drains what is left of the client's body, so the connection stays usable.
        return context.request().release().response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(problem.toJson(inbound.path(), RequestIds.of(inbound))));
    }

    static Problem problemFor(Throwable failure, String path) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return Problem.of(504, "The service answering " + path
                        + " did not respond in time; the request may still have been applied");
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof ConnectionPoolTooBusyException) {
                // the request never reached the service
                return Problem.of(503, "The service answering " + path
                        + " is unavailable; nothing was changed, try again shortly");
            }
        }
        return Problem.of(502, "The service answering " + path + " failed to respond");
    }
}
