package dev.clinic.platform.security;

import jakarta.inject.Inject;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.clinic.platform.problem.ProblemException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * Tenancy starts here: an authenticated caller whose token carries no {@code clinic_id} belongs
 * to no clinic and is refused (403) before any resource runs. Anonymous callers pass through to
 * the resource's own role check, which answers 401.
 */
public class ClinicClaimFilter {

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Void> requireClinic() {
        return identities.getDeferredIdentity().invoke(identity -> {
            if (!identity.isAnonymous() && CurrentUser.clinicIdOf(identity).isEmpty()) {
                throw missingClinic();
            }
        }).replaceWithVoid();
    }

    static ProblemException missingClinic() {
        return ProblemException.forbidden("The access token carries no clinic_id claim, so it belongs to no clinic");
    }
}
