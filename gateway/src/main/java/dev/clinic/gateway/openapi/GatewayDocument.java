package dev.clinic.gateway.openapi;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.info.Contact;
import org.eclipse.microprofile.openapi.models.info.Info;
import org.eclipse.microprofile.openapi.models.info.License;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import dev.clinic.gateway.http.Problem;
import dev.clinic.gateway.openapi.OpenApiMerger.Source;

/**
 * The one document of the clinic API: the services' documents merged ({@link OpenApiMerger}),
 * framed by what the gateway itself adds: title and description, the gateway as the server, the
 * OAuth2 scheme of Keycloak (authorization code with PKCE, client credentials) next to the plain
 * bearer scheme, and the problems the gateway answers by itself (429, 413, 503, 504) on every
 * operation. Two extensions tell how complete the document is: {@code x-clinic-sources} (per
 * service: {@code current}, {@code cached} or {@code unavailable}) and, only when a clash was
 * resolved, {@code x-clinic-renamed}.
 */
final class GatewayDocument {

    static final String OPENAPI_VERSION = "3.1.0";
    static final String OAUTH2 = "oauth2";
    static final String BEARER = "bearer";
    static final String SOURCES = "x-clinic-sources";
    static final String RENAMED = "x-clinic-renamed";

    static final String TOO_MANY_REQUESTS = "TooManyRequests";
    static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";
    static final String GATEWAY_TIMEOUT = "GatewayTimeout";
    static final String PROBLEM_SCHEMA = "Problem";

    /** How far a service's part of the document is from what the service serves right now. */
    enum State {
        /** fetched for this document */
        CURRENT,
        /** the service did not answer; its last good document is used */
        CACHED,
        /** the service did not answer and never did: its operations are missing */
        UNAVAILABLE;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A service's document for one merge; {@code document} is null when {@code UNAVAILABLE}. */
    record ServiceDocument(String service, State state, OpenAPI document) {
    }

    /** What the gateway says about itself in the document. */
    record Frame(String title, String version, String serverUrl, URI realm, String webClientId) {

        String authorizationUrl() {
            return realm + "/protocol/openid-connect/auth";
        }

        String tokenUrl() {
            return realm + "/protocol/openid-connect/token";
        }
    }

    private GatewayDocument() {
    }

    /** The merged document and what the merge reported (paths the gateway does not route, ...). */
    record Built(OpenAPI document, List<String> problems) {
    }

    static Built build(List<ServiceDocument> services, Frame frame, BiPredicate<String, String> routedTo) {
        List<Source> available = services.stream()
                .filter(service -> service.document() != null)
                .map(service -> new Source(service.service(), service.document()))
                .toList();
        OpenApiMerger.Result merged = OpenApiMerger.merge(available, routedTo);
        // a new model, so the document reads in the usual order: openapi, info, servers, tags, paths, ...
        OpenAPI document = OASFactory.createOpenAPI()
                .openapi(OPENAPI_VERSION)
                .info(info(services, frame))
                .servers(List.of(OASFactory.createServer().url(frame.serverUrl())
                        .description("This gateway: every operation is called through it")))
                .tags(merged.document().getTags())
                .paths(merged.document().getPaths())
                .components(merged.document().getComponents())
                .security(merged.document().getSecurity());
        addSecurity(document, frame);
        addGatewayResponses(document);
        document.addExtension(SOURCES, services.stream()
                .map(service -> ordered("service", service.service(), "state", service.state().label()))
                .toList());
        if (!merged.renames().isEmpty()) {
            document.addExtension(RENAMED, merged.renames().stream()
                    .map(rename -> ordered("service", rename.service(), "kind", rename.kind(), "from", rename.from(),
                            "to", rename.to()))
                    .toList());
        }
        return new Built(document, merged.problems());
    }

    /** Keys and values in the order given, so the extensions read the same every time. */
    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    // ---------------------------------------------------------------- info

    private static Info info(List<ServiceDocument> services, Frame frame) {
        StringBuilder description = new StringBuilder("""
                Every operation of the clinic's services, called through this gateway under `/api/v1`. \
                This document is served at `/openapi` (JSON; `/openapi.yaml` or `?format=yaml` for YAML) \
                and shown by Swagger UI at `/q/swagger-ui`.

                **Signing in.** Every operation needs an access token of the Keycloak realm `clinic` with \
                audience `clinic-api`. People sign in with the authorization code flow and PKCE (S256) \
                through the public client `%s` ("Authorize" → `oauth2`); integrators use the client \
                credentials flow with their own client. A token obtained elsewhere (e.g. `./clinic token USER`) \
                goes into `bearer`.

                **Errors** are RFC 9457 problem documents (`application/problem+json`) that carry the \
                `requestId` of the call (`X-Request-Id`). The gateway itself answers 401 (no or bad token), \
                404 (no such path), 413 (request body too large), 429 (rate limit; wait `Retry-After` seconds), \
                503 (service unavailable) and 504 (service too slow).

                **Guides** in the repository: `README.md` (running the stack, demo logins, a first call) and \
                `docs/` (`api-conventions.md`: ids, times, paging, ETags, idempotency keys, errors; \
                `clinical-rules.md`; `sessions.md`; `decisions.md`).
                """.formatted(frame.webClientId()));
        for (ServiceDocument service : services) {
            if (service.state() == State.CACHED) {
                description.append("\n**Note:** ").append(service.service())
                        .append(" did not answer; its part is the last document it served.\n");
            } else if (service.state() == State.UNAVAILABLE) {
                description.append("\n**Note:** ").append(service.service())
                        .append(" did not answer; its operations are missing until it does.\n");
            }
        }
        description.append("\n## Services\n");
        Contact contact = null;
        License license = null;
        for (ServiceDocument service : services) {
            Info own = service.document() == null ? null : service.document().getInfo();
            if (own == null) {
                continue;
            }
            contact = contact == null ? own.getContact() : contact;
            license = license == null ? own.getLicense() : license;
            description.append("\n### ").append(own.getTitle() == null ? service.service() : own.getTitle())
                    .append(" (`").append(service.service()).append("`)\n");
            if (own.getDescription() != null) {
                description.append('\n').append(own.getDescription()).append('\n');
            }
        }
        return OASFactory.createInfo()
                .title(frame.title())
                .version(frame.version())
                .description(description.toString())
                .contact(contact)
                .license(license);
    }

    // ---------------------------------------------------------------- security

    private static void addSecurity(OpenAPI document, Frame frame) {
        Components components = document.getComponents();
        // The services' token schemes (their `bearer`, and the openIdConnect scheme Quarkus adds with
        // the realm's in-network address) all stand for the same Keycloak token: the gateway's two
        // schemes replace them.
        Set<String> tokenSchemes = new LinkedHashSet<>(List.of(OAUTH2, BEARER));
        if (components.getSecuritySchemes() != null) {
            components.getSecuritySchemes().forEach((name, scheme) -> {
                if (isTokenScheme(scheme)) {
                    tokenSchemes.add(name);
                }
            });
        }
        tokenSchemes.forEach(components::removeSecurityScheme);
        components.addSecurityScheme(OAUTH2, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Keycloak realm `clinic` (" + frame.realm() + "). People: authorization code with "
                        + "PKCE (S256) through the public client `" + frame.webClientId() + "`. Integrators: client "
                        + "credentials with their own confidential client. Tokens carry audience `clinic-api`.")
                .flows(OASFactory.createOAuthFlows()
                        .authorizationCode(OASFactory.createOAuthFlow()
                                .authorizationUrl(frame.authorizationUrl())
                                .tokenUrl(frame.tokenUrl())
                                .refreshUrl(frame.tokenUrl())
                                .scopes(Map.of("openid", "Sign in with OpenID Connect")))
                        .clientCredentials(OASFactory.createOAuthFlow()
                                .tokenUrl(frame.tokenUrl())
                                .scopes(new LinkedHashMap<>()))));
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("An access token of the Keycloak realm `clinic` with audience `clinic-api`, "
                        + "e.g. from `./clinic token USER`. Where an operation lists roles here, the token's "
                        + "realm roles must include one of them."));

        List<SecurityRequirement> global = document.getSecurity();
        document.setSecurity(global == null ? List.of(requirement(OAUTH2, List.of()), requirement(BEARER, List.of()))
                : withGatewaySchemes(global, tokenSchemes));
        forEachOperation(document, operation -> {
            if (operation.getSecurity() != null) {
                operation.setSecurity(withGatewaySchemes(operation.getSecurity(), tokenSchemes));
            }
        });
    }

    private static boolean isTokenScheme(SecurityScheme scheme) {
        return scheme.getType() == SecurityScheme.Type.OAUTH2 || scheme.getType() == SecurityScheme.Type.OPENIDCONNECT
                || scheme.getType() == SecurityScheme.Type.HTTP && "bearer".equalsIgnoreCase(scheme.getScheme());
    }

    /**
     * A requirement naming any token scheme becomes two alternatives: {@code oauth2} (no scopes: the
     * realm's roles are not OAuth2 scopes) or {@code bearer} with the roles the service listed (OpenAPI
     * 3.1 allows role names for non-OAuth2 schemes). {@code []} (public) stays public.
     */
    private static List<SecurityRequirement> withGatewaySchemes(List<SecurityRequirement> requirements,
            Set<String> tokenSchemes) {
        List<SecurityRequirement> alternatives = new ArrayList<>();
        for (SecurityRequirement requirement : requirements) {
            Map<String, List<String>> schemes = requirement.getSchemes() == null ? Map.of() : requirement.getSchemes();
            if (schemes.keySet().stream().noneMatch(tokenSchemes::contains)) {
                addOnce(alternatives, requirement);
                continue;
            }
            Set<String> roles = new LinkedHashSet<>();
            Map<String, List<String>> others = new LinkedHashMap<>();
            schemes.forEach((name, scopes) -> {
                if (tokenSchemes.contains(name)) {
                    roles.addAll(scopes == null ? List.of() : scopes);
                } else {
                    others.put(name, scopes);
                }
            });
            SecurityRequirement oauth2 = requirement(OAUTH2, List.of());
            SecurityRequirement bearer = requirement(BEARER, new ArrayList<>(roles));
            others.forEach((name, scopes) -> {
                oauth2.addScheme(name, scopes);
                bearer.addScheme(name, scopes);
            });
            addOnce(alternatives, oauth2);
            addOnce(alternatives, bearer);
        }
        return alternatives;
    }

    private static void addOnce(List<SecurityRequirement> requirements, SecurityRequirement requirement) {
        if (!requirements.contains(requirement)) {
            requirements.add(requirement);
        }
    }

    private static SecurityRequirement requirement(String scheme, List<String> scopes) {
        return OASFactory.createSecurityRequirement().addScheme(scheme, scopes);
    }

    // ---------------------------------------------------------------- the gateway's own answers

    private static void addGatewayResponses(OpenAPI document) {
        Components components = document.getComponents();
        if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM_SCHEMA)) {
            components.addSchema(PROBLEM_SCHEMA, problemSchema());
        }
        // same type and title as the gateway's own 429 and 413 (edge.RateLimits, edge.BodyLimit)
        components.addResponse(TOO_MANY_REQUESTS, problem(new Problem(429, "rate-limited", "Too many requests",
                "The rate limit for this client (600 requests at once, then a steady rate per minute) is used up; "
                        + "retry in 12 seconds"),
                "Too many requests: counted per caller (the token's client and subject, `azp` + `sub`) or, "
                        + "without a token, per address. Nothing was forwarded; retry after `Retry-After` seconds.")
                .addHeader("Retry-After", OASFactory.createHeader()
                        .description("Seconds to wait before the next request")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(
                                BigDecimal.ZERO))));
        components.addResponse(PAYLOAD_TOO_LARGE, problem(new Problem(413, "payload-too-large", "Payload too large",
                "The request body is larger than 1048576 bytes"),
                "The request body is larger than the gateway accepts; nothing was forwarded."));
        if (components.getResponses() == null || !components.getResponses().containsKey(SERVICE_UNAVAILABLE)) {
            components.addResponse(SERVICE_UNAVAILABLE, problem(Problem.of(503,
                    "The service answering /api/v1/patients is unavailable; nothing was changed, try again shortly"),
                    "The service (or one it depends on) is unavailable; nothing was changed."));
        }
        components.addResponse(GATEWAY_TIMEOUT, problem(Problem.of(504,
                "The service answering /api/v1/patients did not respond in time; the request may still have been applied"),
                "The service did not answer in time; the request may still have been applied."));

        forEachOperation(document, operation -> {
            APIResponses responses = operation.getResponses();
            if (responses == null) {
                responses = OASFactory.createAPIResponses();
                operation.setResponses(responses);
            }
            if (operation.getRequestBody() != null) {
                addIfAbsent(responses, "413", PAYLOAD_TOO_LARGE);
            }
            addIfAbsent(responses, "429", TOO_MANY_REQUESTS);
            addIfAbsent(responses, "503", SERVICE_UNAVAILABLE);
            addIfAbsent(responses, "504", GATEWAY_TIMEOUT);
        });
    }

    private static void addIfAbsent(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }

    private static APIResponse problem(Problem problem, String description) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", Problem.TYPE_BASE + problem.code());
        example.put("title", problem.title());
        example.put("status", problem.status());
        example.put("detail", problem.detail());
        example.put("instance", "/api/v1/patients");
        example.put("requestId", "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c");
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))
                        .example(example)));
    }

    /** Only used when no service documents its own (they all do, through the platform library). */
    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem document.")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("requestId", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .required(List.of("type", "title", "status"));
    }

    private static void forEachOperation(OpenAPI document, Consumer<Operation> action) {
        for (PathItem item : OpenApiMerger.pathItems(document).values()) {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(action);
            }
        }
    }
}
