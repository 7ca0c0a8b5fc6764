package dev.clinic.gateway.http;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;

/**
 * Every request gets an id: the caller's {@code X-Request-Id} when it is a sane token, else a new
 * UUID. It is written back onto the request (so the proxied request carries exactly this value),
 * returned on the response, put in the log context and into every problem document. Same rules
 * as the services' platform library, so one id follows a request through the whole stack.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._\\-]{1,128}");
    /** Higher runs first: before CORS (300) and authentication (200), so a 401 carries the id too. */
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
        return request.getHeader(HEADER);
    }

    static String accept(String candidate) {
        return candidate != null && SANE.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }
}
