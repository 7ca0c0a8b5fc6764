package dev.clinic.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.problem.ProblemMappers.Problems;
import io.vertx.core.http.HttpServerRequest;

/**
 * A request body must say what it is. Without a {@code Content-Type} the REST layer would read the
 * bytes as JSON anyway (and create the record); the API answers every body that is not declared
 * {@code application/json} with 415, a missing declaration included.
 */
public class BodyContentType {

    @ServerRequestFilter
    public Response requireDeclaredBody(HttpServerRequest request) {
        if (request.getHeader(HttpHeaders.CONTENT_TYPE) != null || !hasBody(request)) {
            return null;
        }
        return Problems.response(new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                "The request body has no Content-Type; send it as application/json"), request);
    }

    private static boolean hasBody(HttpServerRequest request) {
        if (request.getHeader("Transfer-Encoding") != null) {
            return true;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return false;
        }
        try {
            return Long.parseLong(length.strip()) > 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
