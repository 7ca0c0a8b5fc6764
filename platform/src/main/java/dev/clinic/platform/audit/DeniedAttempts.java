package dev.clinic.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dev.clinic.platform.web.RequestIds;
import io.quarkus.logging.Log;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * Denied attempts in the audit log: every 403 or 404 answered to an authenticated caller whose
 * token names a clinic becomes a DENIED row in that caller's clinic, whatever refused it (the role
 * check, tenancy, a patient reaching for another patient's record). A 404 for another clinic's id
 * is therefore in the log of the clinic that asked, never in the other one's.
 * <p>
 * The row is written in a transaction of its own after the answer is decided, so the use case's
 * rollback cannot take it along; writing it never changes the answer (a failure is logged).
 * Callers without a verified token (401) or without a clinic are not recorded here: nothing in
 * their request says which clinic's log they would belong to (the gateway logs its 401s).
 * <p>
 * What is recorded is derived from the request alone, never from stored data: the method, the
 * path (not the query string, which can hold a patient's name), the status, and from the path the
 * record it addressed: {@code resourceType} is the collection the last UUID of the path belongs to
 * ({@code /patients/{id}/consents/{consentId}/revoke} → {@code CONSENT}), or the first segment when
 * the path has no UUID; {@code resourceId} is that last UUID; {@code patientId} is the id after
 * {@code /patients/}. {@code action} is {@code READ} for GET, {@code UPDATE} for PUT and PATCH,
 * {@code DELETE} for DELETE, and for POST {@code CREATE} on a top-level collection, otherwise the
 * last path segment ({@code ARCHIVE}, {@code SIGN}, {@code CHECK_IN}, {@code CONSENTS}, ...).
 */
public class DeniedAttempts {

    static final String API_ROOT = "/api/v1/";
    private static final int MAX_PATH = 1024;
    private static final Pattern UUID_TEXT = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    AuditLog auditLog;

    @Inject
    Vertx vertx;

    /** What the request addressed, as far as its path tells. */
    record Target(String action, String resourceType, UUID resourceId, UUID patientId) {
    }

    /** One denied attempt, gathered on the request's thread, written wherever blocking is allowed. */
    record Attempt(String clinicId, String subject, String clientId, Target target, String method, String path,
            int status, String requestId) {
    }

    @ServerResponseFilter
    public Uni<Void> recordDenied(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status != 403 && status != 404) {
            return Uni.createFrom().voidItem();
        }
        String method = request.getMethod();
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String requestId = request.getHeaderString(RequestIds.HEADER);
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .chain(identity -> {
                    Optional<Attempt> attempt = attempt(identity, method, path, status, requestId);
                    if (attempt.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    if (BlockingOperationControl.isBlockingAllowed()) {
                        auditLog.recordDenied(attempt.get());
                        return Uni.createFrom().voidItem();
                    }
                    // on an event loop (e.g. refused before the resource ran): write on a worker, answer after
                    return Uni.createFrom().completionStage(() -> vertx.executeBlocking(() -> {
                        auditLog.recordDenied(attempt.get());
                        return null;
                    }, false).toCompletionStage()).replaceWithVoid();
                })
                .onFailure().recoverWithUni(failure -> {
                    Log.warnf(failure, "A denied %s %s (%d) could not be written to the audit log", method, path, status);
                    return Uni.createFrom().voidItem();
                });
    }

    static Optional<Attempt> attempt(SecurityIdentity identity, String method, String path, int status,
            String requestId) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        String clinicId = claim(token, "clinic_id");
        if (clinicId == null) {
            return Optional.empty();
        }
        String subject = Optional.ofNullable(claim(token, "sub")).orElse(token.getName());
        String shortPath = path == null ? "" : path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path;
        return Optional.of(new Attempt(clinicId, subject, claim(token, "azp"), target(method, shortPath), method,
                shortPath, status, requestId));
    }

    /** See the class comment: what a path addresses, without looking anything up. */
    static Target target(String method, String path) {
        String rest = path != null && path.startsWith(API_ROOT) ? path.substring(API_ROOT.length()) : "";
        List<String> segments = new ArrayList<>();
        for (String segment : rest.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        int lastId = -1;
        for (int i = 0; i < segments.size(); i++) {
            if (isUuid(segments.get(i))) {
                lastId = i;
            }
        }
        UUID resourceId = lastId >= 0 ? UUID.fromString(segments.get(lastId)) : null;
        String collection = lastId > 0 && !isUuid(segments.get(lastId - 1)) ? segments.get(lastId - 1)
                : segments.isEmpty() ? "unknown" : segments.get(0);
        UUID patientId = segments.size() > 1 && segments.get(0).equals("patients") && isUuid(segments.get(1))
                ? UUID.fromString(segments.get(1))
                : null;
        String verb = method == null ? "" : method.toUpperCase(Locale.ROOT);
        String action = switch (verb) {
            case "GET", "HEAD" -> "READ";
            case "PUT", "PATCH" -> "UPDATE";
            case "DELETE" -> "DELETE";
            case "POST" -> segments.size() <= 1 || isUuid(segments.get(segments.size() - 1)) ? "CREATE"
                    : constant(segments.get(segments.size() - 1));
            default -> constant(verb.isEmpty() ? "unknown" : verb);
        };
        return new Target(action, typeOf(collection), resourceId, patientId);
    }

    /** {@code treatment-plans} → {@code TREATMENT_PLAN}, {@code clinic} → {@code CLINIC}. */
    static String typeOf(String collection) {
        String singular = collection.endsWith("s") && !collection.endsWith("ss")
                ? collection.substring(0, collection.length() - 1)
                : collection;
        return constant(singular);
    }

    private static String constant(String text) {
        String upper = text.replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
        return upper.length() > 64 ? upper.substring(0, 64) : upper;
    }

    private static boolean isUuid(String segment) {
        return UUID_TEXT.matcher(segment).matches();
    }

    private static String claim(JsonWebToken token, String name) {
        Object claim = token.getClaim(name);
        String value = claim == null ? null : claim.toString().strip();
        if (value != null && value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value == null || value.isEmpty() ? null : value;
    }
}
