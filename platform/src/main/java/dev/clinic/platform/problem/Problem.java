package dev.clinic.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document. Every error of every service is answered with one of these, as
 * {@code application/problem+json}. Extension members (for example the blocking appointment of a
 * 409) are flattened into the top level, as the RFC asks.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance", "requestId", "errors" })
@Schema(name = "Problem", description = "RFC 9457 problem details. Extra members may appear for some problem types "
        + "(for example `blockingAppointmentId` on an overlap).", additionalProperties = Schema.True.class)
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Problem type URIs are this base plus a kebab-case code (docs/api-conventions.md). */
    public static final String TYPE_BASE = "https://clinic.dev/problems/";

    @Schema(description = "URI identifying the kind of problem.", examples = "https://clinic.dev/problems/validation-failed")
    private final String type;
    @Schema(description = "Short summary of the kind of problem.", examples = "Invalid input")
    private final String title;
    @Schema(description = "HTTP status code.", examples = "400")
    private final int status;
    @Schema(description = "What went wrong in this occurrence.", examples = "1 field is invalid")
    private final String detail;
    @Schema(description = "The request path this problem is about.", examples = "/api/v1/patients")
    private final String instance;
    @Schema(description = "The request id (also in the `X-Request-Id` header); quote it when reporting a problem.",
            examples = "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c")
    private final String requestId;
    @Schema(description = "For input errors: each rejected field.")
    private final List<FieldError> errors;
    // the extension members, flattened into the top level by getProperties(): no member of their own
    @Schema(hidden = true)
    private final Map<String, Object> properties;

    public Problem(String code, String title, int status, String detail, String instance, String requestId,
            List<FieldError> errors, Map<String, Object> properties) {
        this.type = TYPE_BASE + code;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.requestId = requestId;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        this.properties = properties == null ? Map.of() : new LinkedHashMap<>(properties);
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public String getInstance() {
        return instance;
    }

    public String getRequestId() {
        return requestId;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    @JsonAnyGetter
    @Schema(hidden = true)
    public Map<String, Object> getProperties() {
        return properties;
    }
}
