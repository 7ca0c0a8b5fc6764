package dev.clinic.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.clinic.platform.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * A body over {@code quarkus.http.limits.max-body-size} (1 MiB) would be refused by the REST layer
 * with an empty 413. When the client declares the size, it is refused here first, before a byte of
 * the body is read, with the problem document every other error has.
 */
@ApplicationScoped
public class BodyTooLarge {

    /** After request ids (so the problem names one), before authentication. */
    private static final int PRIORITY = 9_000;

    private final ObjectMapper json;
    private final long limit;

    BodyTooLarge(ObjectMapper json, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.json = json;
        this.limit = limit.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String declared = context.request().getHeader("Content-Length");
            if (declared == null || !tooLarge(declared)) {
                context.next();
                return;
            }
            Problem problem = new Problem("payload-too-large", "Payload too large", 413,
                    "The request body is larger than " + limit + " bytes", context.request().path(),
                    RequestIds.of(context.request()), null, null);
            try {
                context.response().setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(json.writeValueAsString(problem));
            } catch (JsonProcessingException e) {
                context.next();
            }
        }, PRIORITY);
    }

    private boolean tooLarge(String declared) {
        try {
            return Long.parseLong(declared.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
