package dev.clinic.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.problem.ProblemMappers.Problems;
import io.vertx.core.http.HttpServerRequest;

/**
 * {@link SafeText}'s rule for parameters, before a resource (or a database query) sees them. A
 * query parameter that breaks it is a 400 naming the parameter; a path that holds such a
 * character names no resource and is a 404, like every other path segment that is not an id
 * (one rule for hostile path segments: whatever they hold, they name nothing). No query value of
 * the API is longer than {@value #MAX_QUERY_VALUE} characters (ids, dates, cursors, search text all
 * have smaller documented limits); a longer one is refused here, whatever its parameter.
 */
public class SafeParameters {

    public static final int MAX_QUERY_VALUE = 1000;

    @ServerRequestFilter
    public Response check(ContainerRequestContext context, HttpServerRequest request) {
        MultivaluedMap<String, String> query;
        MultivaluedMap<String, String> path;
        try {
            query = context.getUriInfo().getQueryParameters(true);
            path = context.getUriInfo().getPathParameters(true);
        } catch (RuntimeException e) {
            return Problems.response(new ProblemException(400, "malformed-request", "Malformed request",
                    "The query string or path is not validly percent-encoded UTF-8"), request);
        }
        for (Map.Entry<String, List<String>> parameter : path.entrySet()) {
            for (String value : parameter.getValue()) {
                if (!SafeText.isSafe(value)) {
                    return Problems.response(new ProblemException(404, "not-found", "Not found",
                            "There is no resource at " + request.path()), request);
                }
            }
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (!SafeText.isSafe(parameter.getKey())) {
                return Problems.response(ProblemException.invalid("query", "parameter names " + SafeText.MESSAGE),
                        request);
            }
            for (String value : parameter.getValue()) {
                if (!SafeText.isSafe(value)) {
                    return Problems.response(ProblemException.invalid(parameter.getKey(), SafeText.describe(value)),
                            request);
                }
                if (value.length() > MAX_QUERY_VALUE) {
                    return Problems.response(ProblemException.invalid(parameter.getKey(),
                            "must be at most " + MAX_QUERY_VALUE + " characters"), request);
                }
            }
        }
        return null;
    }
}
