package dev.clinic.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;

import dev.clinic.platform.security.CurrentUser;
import io.quarkus.arc.Unremovable;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Hibernate's discriminator multi-tenancy asks this for the tenant of every session: the
 * caller's clinic. Outside a clinic (anonymous calls) it answers a tenant that owns no row.
 */
@PersistenceUnitExtension
@RequestScoped
@Unremovable
public class ClinicTenantResolver implements TenantResolver {

    /** Matches no clinic: a session opened without a caller sees and writes nothing real. */
    static final String NO_CLINIC = "-";

    private final SecurityIdentity identity;
    private final CurrentUser currentUser;

    ClinicTenantResolver(SecurityIdentity identity, CurrentUser currentUser) {
        this.identity = identity;
        this.currentUser = currentUser;
    }

    @Override
    public String getDefaultTenantId() {
        return NO_CLINIC;
    }

    @Override
    public String resolveTenantId() {
        return identity.isAnonymous() ? NO_CLINIC : currentUser.clinicId();
    }
}
