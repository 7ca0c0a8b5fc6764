package dev.clinic.gateway.edge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.clinic.gateway.config.GatewayConfig;
import dev.clinic.gateway.http.Problem;
import dev.clinic.gateway.http.RequestIds;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Request bodies over {@code gateway.max-body-size} (1 MiB) are refused with a 413 problem before
 * a service sees a byte of them.
 * <ul>
 * <li>A body whose {@code Content-Length} is too large is refused by a filter as soon as the
 * headers are in, before authentication; nothing of it is read.</li>
 * <li>A body sent without a length ({@code Transfer-Encoding: chunked}) cannot be judged up front.
 * The proxy collects it (at most the limit, so memory per request stays bounded) and forwards it
 * with a {@code Content-Length} once complete; the moment it grows past the limit the request is
 * answered 413 instead and the service is never called ({@link #interceptor()}).</li>
 * </ul>
 * After a refusal the rest of the body is read and dropped, so the client sees the answer rather
 * than a reset connection; a client that goes on sending for long has its connection closed.
 */
@ApplicationScoped
public class BodyLimit {

    /** After request ids (10 000), before CORS (300) and authentication (200). */
    static final int PRIORITY = 9_000;
    /** What is read and dropped after a refusal before the connection is closed instead. */
    static final long DRAIN_BYTES = 16L * 1024 * 1024;
    static final long DRAIN_MILLIS = 5_000;

    private final long limit;
    private final Vertx vertx;

    BodyLimit(GatewayConfig config, Vertx vertx) {
        this.vertx = vertx;
        this.limit = config.maxBodySize().asLongValue();
        if (limit < 1) {
            throw new IllegalArgumentException("gateway.max-body-size must be positive, got " + limit);
        }
    }

    public long limit() {
        return limit;
    }

    void register(@Observes Filters filters) {
        filters.register(this::checkDeclaredLength, PRIORITY);
    }

    void checkDeclaredLength(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceeds(declared)) {
            drainAfterAnswer(context.request());
            tooLarge().send(context);
            return;
        }
        context.next();
    }

    private boolean exceeds(String declared) {
        try {
            return Long.parseLong(declared.strip()) > limit;
        } catch (NumberFormatException e) {
            // not a length: Vert.x' HTTP codec has refused such a request before it gets here
            return false;
        }
    }

    /** Same type and title as the services' platform library writes for its own limit. */
    public Problem tooLarge() {
        return new Problem(413, "payload-too-large", "Payload too large",
                "The request body is larger than " + limit + " bytes");
    }

    /** The proxy interceptor that collects bodies sent without a length; add it before any other. */
    public ProxyInterceptor interceptor() {
        return new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                return collect(context);
            }
        };
    }

    private Future<ProxyResponse> collect(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest inbound = request.proxiedRequest();
        if (inbound.headers().contains(HttpHeaders.CONTENT_LENGTH) || inbound.isEnded() || !mayHaveBody(inbound)) {
            // declared lengths were checked by the filter
            return context.sendRequest();
        }
        Promise<ProxyResponse> answer = Promise.promise();
        Buffer body = Buffer.buffer();
        inbound.exceptionHandler(answer::tryFail);
        inbound.handler(chunk -> {
            if (answer.future().isComplete()) {
                return;
            }
            if ((long) body.length() + chunk.length() > limit) {
                drainAfterAnswer(inbound);
                answer.complete(tooLargeResponse(request));
                return;
            }
            body.appendBuffer(chunk);
        });
        inbound.endHandler(end -> {
            if (!answer.future().isComplete()) {
                request.setBody(Body.body(body));
                context.sendRequest().onComplete(answer);
            }
        });
        inbound.resume();
        return answer.future();
    }

    private static boolean mayHaveBody(HttpServerRequest inbound) {
        return inbound.headers().contains(HttpHeaders.TRANSFER_ENCODING) || inbound.version() == HttpVersion.HTTP_2;
    }

    private ProxyResponse tooLargeResponse(ProxyRequest request) {
        HttpServerRequest inbound = request.proxiedRequest();
        return request.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(tooLarge().toJson(inbound.path(), RequestIds.of(inbound))));
    }

    /**
     * Reads and drops what the client still sends after it was answered, up to {@link #DRAIN_BYTES}
     * or {@link #DRAIN_MILLIS}; then the connection is closed. Closing at once would make many
     * clients report a reset connection instead of the 413 they were sent.
     */
    void drainAfterAnswer(HttpServerRequest request) {
        if (request.isEnded() || request.version() == HttpVersion.HTTP_2) {
            // HTTP/2 ends the stream on its own; the connection carries other requests
            return;
        }
        long[] drained = { 0 };
        long timer = vertx.setTimer(DRAIN_MILLIS, id -> {
            if (!request.isEnded()) {
                request.connection().close();
            }
        });
        request.handler(chunk -> {
            drained[0] += chunk.length();
            if (drained[0] > DRAIN_BYTES) {
                vertx.cancelTimer(timer);
                request.connection().close();
            }
        });
        request.endHandler(end -> vertx.cancelTimer(timer));
        request.resume();
    }
}
