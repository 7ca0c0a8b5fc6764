package dev.clinic.platform.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import dev.clinic.platform.problem.Problem;

/**
 * Adds what every service's document shares: the bearer security scheme and the reusable
 * problem responses that operations reference by name ({@code @APIResponse(ref = "NotFound")}).
 */
public class ProblemResponsesFilter implements OASFilter {

    private record Standard(String name, int status, String code, String title, String detail) {
    }

    private static final Standard[] STANDARD = {
            new Standard("BadRequest", 400, "validation-failed", "Invalid input",
                    "Malformed JSON, an unknown property, a wrong type, a value out of range or a missing field; "
                            + "`errors` names each field."),
            new Standard("Unauthorized", 401, "unauthorized", "Unauthorized",
                    "No bearer token, or one that is invalid or expired."),
            new Standard("Forbidden", 403, "forbidden", "Forbidden",
                    "The token's role does not allow this operation, or the token carries no clinic_id."),
            new Standard("NotFound", 404, "not-found", "Not found",
                    "No such record in the caller's clinic (another clinic's records are answered the same way)."),
            new Standard("Conflict", 409, "conflict", "Conflict",
                    "The request conflicts with the current state; the problem names what blocks it."),
            new Standard("PreconditionFailed", 412, "precondition-failed", "Precondition failed",
                    "`If-Match` names a version that is no longer current: read again and retry."),
            new Standard("IdempotencyKeyReused", 422, "idempotency-key-reused", "Idempotency key reused",
                    "The `Idempotency-Key` was already used with a different body."),
            new Standard("ServiceUnavailable", 503, "service-unavailable", "Service unavailable",
                    "A service this operation depends on is unavailable; nothing was changed."),
    };

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        for (Standard standard : STANDARD) {
            components.addResponse(standard.name(), response(standard));
        }
        components.addSecurityScheme("bearer", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token of the `clinic` Keycloak realm with audience `clinic-api`."));
        openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"));
    }

    private static APIResponse response(Standard standard) {
        Map<String, Object> example = Map.of(
                "type", Problem.TYPE_BASE + standard.code(),
                "title", standard.title(),
                "status", standard.status(),
                "detail", standard.detail(),
                "instance", "/api/v1/patients",
                "requestId", "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c");
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))
                .example(example);
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
        return OASFactory.createAPIResponse().description(standard.detail()).content(content);
    }
}
