package dev.clinic.gateway.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.clinic.gateway.audit.UnauthorizedLog;
import dev.clinic.gateway.edge.BodyLimit;
import dev.clinic.gateway.edge.RateLimits;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.logging.Log;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns every failed request into a problem document. With proactive authentication Quarkus
 * fails the routing context with the authentication exception (after the OIDC mechanism has set
 * its challenge), which is the documented place to customise the answer; the {@code
 * bearer-token-required} policy fails requests without a token the same way. Anything unexpected
 * becomes a 500 problem that names the request id, never a stack trace. A path no route knows is a
 * 404 problem as well.
 */
@ApplicationScoped
public class ProblemFailureHandler {

    private static final String BEARER = "Bearer ";

    private final RateLimits rateLimits;
    private final BodyLimit bodyLimit;

    ProblemFailureHandler(RateLimits rateLimits, BodyLimit bodyLimit) {
        this.rateLimits = rateLimits;
        this.bodyLimit = bodyLimit;
    }

    void register(@Observes Router router) {
        router.route().failureHandler(this::handle);
        // Runs only when no other route matched: the public entry answers problems, not an HTML page.
        router.route().last().handler(context -> Problem.notFound(context.request().path()).send(context));
    }

    void handle(RoutingContext context) {
        HttpServerResponse response = context.response();
        if (response.ended()) {
            return;
        }
        if (response.headWritten()) {
            // part of an answer is already on the wire; the only honest signal left is a broken stream
            response.reset();
            return;
        }
        Throwable failure = context.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException) {
            unauthorized(context);
        } else if (failure instanceof OIDCException) {
            // Keycloak unreachable (the tenant is initialised lazily and retried on each request):
            // the token cannot be checked, which is neither the client's fault nor a gateway bug.
            Log.warnf("Bearer token not verifiable on %s %s: %s", context.request().method(), context.request().path(),
                    failure.getMessage());
            Problem.of(503, "Tokens cannot be verified right now; try again shortly").send(context);
        } else if (failure instanceof ForbiddenException) {
            Problem.of(403, "Your role does not allow this operation").send(context);
        } else if (context.statusCode() == 413) {
            bodyLimit.tooLarge().send(context);
        } else {
            int status = context.statusCode() >= 400 ? context.statusCode() : 500;
            if (status >= 500) {
                Log.errorf(failure, "Unexpected failure on %s %s", context.request().method(), context.request().path());
            }
            Problem.of(status, detail(status, context)).send(context);
        }
    }

    /**
     * RFC 6750: a request without a token gets a bare challenge, a rejected token gets
     * invalid_token. A rejected token counts against the caller's address, so an address that keeps
     * guessing tokens gets 429s instead.
     */
    private void unauthorized(RoutingContext context) {
        if (!rateLimits.admitRejectedToken(context)) {
            return;
        }
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        boolean tokenPresent = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
        // no verified token, so no clinic: logged here instead of any clinic's audit log
        UnauthorizedLog.record(context, tokenPresent);
        context.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE,
                tokenPresent ? "Bearer error=\"invalid_token\"" : "Bearer");
        (tokenPresent ? Problem.invalidToken() : Problem.missingToken()).send(context);
    }

    private static String detail(int status, RoutingContext context) {
        return switch (status) {
            case 404 -> "There is no resource at " + context.request().path();
            case 405 -> context.request().method() + " is not allowed on " + context.request().path();
            case 500 -> "An unexpected error occurred; quote the requestId when reporting it";
            default -> Problem.of(status, null).title();
        };
    }
}
