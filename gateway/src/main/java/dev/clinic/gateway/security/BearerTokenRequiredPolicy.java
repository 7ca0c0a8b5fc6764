package dev.clinic.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code authenticated}, but answered through the router's failure handlers. The built-in policy
 * ends an anonymous request with a bare 401 and no body; failing with an authentication exception
 * instead lets {@code ProblemFailureHandler} write the same problem document as for a rejected
 * token. The token itself (signature, issuer, audience, expiry) is verified by Quarkus OIDC during
 * proactive authentication, before this policy runs; an invalid token never reaches it.
 */
@ApplicationScoped
public class BearerTokenRequiredPolicy implements HttpSecurityPolicy {

    public static final String NAME = "bearer-token-required";

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext requestContext) {
        return identity.onItem().transformToUni(id -> id.isAnonymous()
                ? Uni.createFrom().failure(new AuthenticationFailedException("No bearer token"))
                : CheckResult.permit());
    }

    @Override
    public String name() {
        return NAME;
    }
}
