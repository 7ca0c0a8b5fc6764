package dev.clinic.platform.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.clinic.platform.web.RequestIds;
import dev.clinic.platform.web.StrictJsonInput.RefusedValueException;
import dev.clinic.platform.web.StrictParamConverters.InvalidParameterException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.logging.Log;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * The one place where exceptions become HTTP answers. Every answer is a problem document; nothing
 * here ever echoes an exception message of a library or a stack trace to the client.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return Problems.response(e, request);
    }

    @ServerExceptionMapper
    public Response validation(ResteasyReactiveViolationException e, HttpServerRequest request) {
        return constraintViolation(e, request);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        boolean serverSide = e.getConstraintViolations().stream().anyMatch(v -> StreamSupport
                .stream(v.getPropertyPath().spliterator(), false)
                .anyMatch(node -> node.getKind() == ElementKind.RETURN_VALUE));
        if (serverSide) {
            return unexpected(e, request);
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return Problems.response(ProblemException.invalid(errors), request);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        return Problems.response(jsonProblem(e), request);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthorized(request, true);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpServerRequest request) {
        return unauthorized(request, false);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return Problems.response(ProblemException.forbidden("Your role does not allow this operation"), request);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpServerRequest request) {
        return Problems.response(staleVersion(), request);
    }

    @ServerExceptionMapper
    public Response json(MismatchedInputException e, HttpServerRequest request) {
        return Problems.response(jsonProblem(e), request);
    }

    @ServerExceptionMapper
    public Response json(JsonParseException e, HttpServerRequest request) {
        return Problems.response(jsonProblem(e), request);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, HttpServerRequest request) {
        return Problems.response(ProblemException.invalid(e.parameter(), e.getMessage()), request);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return json(jpe, request);
        }
        if (e.getCause() instanceof InvalidParameterException invalid) {
            return invalidParameter(invalid, request);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String phrase = known != null ? known.getReasonPhrase() : "Error";
        String title = phrase.charAt(0) + phrase.substring(1).toLowerCase(java.util.Locale.ROOT);
        String detail = switch (status) {
            case 404 -> "There is no resource at " + request.path();
            case 405 -> request.method() + " is not allowed on " + request.path();
            case 406 -> "The requested media type cannot be produced; ask for application/json";
            case 415 -> "Content type " + contentType(request) + " is not supported; send application/json";
            case 400 -> "The request could not be read";
            default -> title;
        };
        String code = title.toLowerCase().replace(' ', '-');
        Response.ResponseBuilder answer = Problems.builder(new ProblemException(status, code, title, detail), request);
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        var database = DatabaseFaults.unavailable(e);
        if (database.isPresent()) {
            // A fault of the system, not of the request: a warning without the stack, and a 503.
            Log.warnf("Database unavailable on %s %s (%s): %s", request.method(), request.path(), database.get(),
                    e.getClass().getSimpleName());
            return Problems.response(new ProblemException(503, "service-unavailable", "Service unavailable",
                    "The database could not be reached; try again shortly (with the same Idempotency-Key, "
                            + "a repeated create makes no second record)"),
                    request);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return Problems.response(staleVersion(), request);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return Problems.response(ProblemException.conflict("conflict",
                        "The request conflicts with data already stored", Map.of()), request);
            }
            if (cause instanceof ProblemException problem) {
                return Problems.response(problem, request);
            }
            if (cause instanceof OIDCException) {
                // The identity provider could not be reached to verify the token.
                return Problems.response(ProblemException.dependencyUnavailable("The identity provider"), request);
            }
        }
        Log.errorf(e, "Unexpected error on %s %s", request.method(), request.path());
        return Problems.response(new ProblemException(500, "internal-error", "Internal error",
                "An unexpected error occurred; quote the requestId when reporting it"), request);
    }

    private static Response unauthorized(HttpServerRequest request, boolean tokenPresentButInvalid) {
        String challenge = tokenPresentButInvalid ? "Bearer error=\"invalid_token\"" : "Bearer";
        return Problems.builder(new ProblemException(401, "unauthorized", "Unauthorized",
                tokenPresentButInvalid ? "The bearer token is invalid or expired" : "A valid bearer token is required"),
                request)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }

    private static ProblemException staleVersion() {
        return ProblemException.preconditionFailed(
                "The resource was changed by someone else; read it again and retry with its new ETag");
    }

    private static ProblemException jsonProblem(JsonProcessingException e) {
        if (e instanceof RefusedValueException refused) {
            return ProblemException.invalid(pathOf(refused), refused.reason());
        }
        if (e instanceof JsonParseException || e.getCause() instanceof JsonParseException) {
            return new ProblemException(400, "malformed-json", "Malformed JSON",
                    "The request body is not valid JSON" + location(e));
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return ProblemException.invalid(pathOf(u), "is not a known property");
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return ProblemException.invalid(pathOf(f), "must be one of: " + allowed);
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String expected = m instanceof InvalidFormatException f && f.getTargetType() != null
                    ? "a valid " + describe(f.getTargetType())
                    : "a value of the right type";
            return ProblemException.invalid(pathOf(m), "must be " + expected);
        }
        return new ProblemException(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON" + location(e));
    }

    private static String describe(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "instant (e.g. 2026-03-04T09:30:00Z)";
            case "UUID" -> "UUID";
            case "Integer", "int", "Long", "long", "Short", "short" -> "whole number";
            case "Boolean", "boolean" -> "boolean";
            default -> type.getSimpleName();
        };
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /**
     * A violation's path is method.parameter.property...; the client knows only the part after
     * the parameter (a body property) or the parameter itself (a query parameter or header).
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        boolean afterParameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> {
                    parameter = node.getName();
                    afterParameter = true;
                }
                case PROPERTY, CONTAINER_ELEMENT, BEAN -> {
                    if (!afterParameter) {
                        continue;
                    }
                    if (node.isInIterable() && !names.isEmpty()) {
                        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                        int last = names.size() - 1;
                        names.set(last, names.get(last) + "[" + position + "]");
                    }
                    if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                        names.add(node.getName());
                    }
                }
                default -> {
                }
            }
        }
        if (!names.isEmpty()) {
            return String.join(".", names);
        }
        return parameter != null ? parameter : String.valueOf(violation.getPropertyPath());
    }

    private static String contentType(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type == null ? "(none)" : type;
    }

    /** Builds problem responses; shared with filters that answer before a resource is reached. */
    public static final class Problems {
        static final String RETRY_AFTER = "Retry-After";
        /** Long enough for a restarting database or an open circuit breaker (5 s) to be back. */
        static final String RETRY_AFTER_SECONDS = "5";

        private Problems() {
        }

        public static Response response(ProblemException e, HttpServerRequest request) {
            return builder(e, request).build();
        }

        static Response.ResponseBuilder builder(ProblemException e, HttpServerRequest request) {
            Problem body = new Problem(e.code(), e.title(), e.status(), e.getMessage(), request.path(),
                    RequestIds.of(request), e.errors(), e.properties());
            Response.ResponseBuilder answer = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(body);
            // A dependency (another service, the database) is down: say when to come back.
            return e.status() == 503 ? answer.header(RETRY_AFTER, RETRY_AFTER_SECONDS) : answer;
        }
    }
}
