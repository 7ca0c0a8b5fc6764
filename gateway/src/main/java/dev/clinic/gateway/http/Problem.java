package dev.clinic.gateway.http;

import java.util.Locale;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * An RFC 9457 problem document, in the shape the services' platform library writes, so a client
 * cannot tell whether the gateway or a service answered: {@code type, title, status, detail,
 * instance, requestId}. The gateway does not depend on that library (it would bring Hibernate and
 * a datasource), hence this small copy of the format.
 */
public record Problem(int status, String code, String title, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Same base as {@code dev.clinic.platform.problem.Problem.TYPE_BASE}. */
    public static final String TYPE_BASE = "https://clinic.dev/problems/";

    /**
     * A problem named after its status, as the platform names them: {@code 503} is
     * {@code service-unavailable}, "Service unavailable"; {@code 500} is {@code internal-error}.
     */
    public static Problem of(int status, String detail) {
        if (status == 500) {
            return new Problem(500, "internal-error", "Internal error", detail);
        }
        String phrase = HttpResponseStatus.valueOf(status).reasonPhrase().toLowerCase(Locale.ROOT);
        String code = phrase.replaceAll("[^a-z0-9]+", "-");
        String title = Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
        return new Problem(status, code, title, detail);
    }

    public static Problem missingToken() {
        return of(401, "A valid bearer token is required");
    }

    public static Problem invalidToken() {
        return of(401, "The bearer token is invalid or expired");
    }

    public static Problem notFound(String path) {
        return of(404, "There is no resource at " + path);
    }

    public Buffer toJson(String instance, String requestId) {
        JsonObject json = new JsonObject()
                .put("type", TYPE_BASE + code)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (instance != null) {
            json.put("instance", instance);
        }
        if (requestId != null) {
            json.put("requestId", requestId);
        }
        return json.toBuffer();
    }

    /** Answers the request with this problem. */
    public void send(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!request.isEnded()) {
            // Quarkus pauses requests until a handler reads them; an unread body would stall keep-alive.
            request.resume();
        }
        HttpServerResponse response = context.response();
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .end(toJson(request.path(), RequestIds.of(request)));
    }
}
