package dev.clinic.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;

/**
 * Every request gets an id: the caller's {@code X-Request-Id} when it is a sane token, else a new
 * UUID. It is written back onto the request (so every later reader sees one value), returned on
 * the response, put in the log context and into every problem document.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._\\-]{1,128}");
    /** Runs before everything else, authentication included. */
    private static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            HttpServerRequest request = context.request();
            String id = accept(request.getHeader(HEADER));
            request.headers().set(HEADER, id);
            context.response().putHeader(HEADER, id);
            MDC.put(MDC_KEY, id);
            context.next();
        }, PRIORITY);
    }

    /** The id of this request (always present once the filter ran). */
    public static String of(HttpServerRequest request) {
        return request == null ? null : request.getHeader(HEADER);
    }

    static String accept(String candidate) {
        return candidate != null && SANE.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }
}
