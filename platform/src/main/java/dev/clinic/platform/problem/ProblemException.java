package dev.clinic.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * A failure the client can act on. Domain and service code throws these (or a subclass); the
 * platform maps them once, in {@link ProblemMappers}, to a problem document.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> properties;

    public ProblemException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of(), Map.of());
    }

    public ProblemException(int status, String code, String title, String detail, List<FieldError> errors,
            Map<String, Object> properties) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.properties = Map.copyOf(properties);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** 400: the request is well-formed but one or more values are not acceptable. */
    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(400, "validation-failed", "Invalid input", detail, errors, Map.of());
    }

    /** 404: unknown, or belonging to another clinic; the two are indistinguishable on purpose. */
    public static ProblemException notFound(String resourceType, Object id) {
        return new ProblemException(404, "not-found", "Not found", resourceType + " " + id + " was not found");
    }

    /**
     * 404: an id the request refers to (in its body or in a query parameter naming the one record
     * the operation needs) is not a record of the caller's clinic — unknown or another clinic's,
     * indistinguishably; the problem names the field so the client knows which id to fix.
     */
    public static ProblemException referenceNotFound(String field, String message) {
        return referencesNotFound(List.of(new FieldError(field, message)));
    }

    /** 404 for one or more referenced ids that are not records of the caller's clinic. */
    public static ProblemException referencesNotFound(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " referenced records were not found";
        return new ProblemException(404, "not-found", "Not found", detail, errors, Map.of());
    }

    /** 403: authenticated, but this caller may not do this. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    /** 409: the request conflicts with the current state; properties name what blocks it. */
    public static ProblemException conflict(String code, String detail, Map<String, Object> properties) {
        return new ProblemException(409, code, "Conflict", detail, List.of(), properties);
    }

    /** 412: the If-Match version is not the current one. */
    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "precondition-failed", "Precondition failed", detail);
    }

    /** 503: a service this one depends on did not answer in time. */
    public static ProblemException dependencyUnavailable(String dependency) {
        return new ProblemException(503, "service-unavailable", "Service unavailable",
                dependency + " is unavailable; nothing was changed, try again shortly");
    }
}
