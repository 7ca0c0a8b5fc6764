package dev.clinic.booking.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How booking-service reaches Keycloak's admin REST API to provision practitioner logins, as the
 * {@code booking-admin} service account (client credentials).
 */
@ConfigMapping(prefix = "clinic.keycloak")
public interface KeycloakAdminConfig {

    /** The realm's issuer URL; the admin API and the token endpoint are derived from it. */
    @WithDefault("${CLINIC_OIDC_URL:http://localhost:8180/realms/clinic}")
    String realmUrl();

    @WithDefault("booking-admin")
    String adminClientId();

    @WithDefault("${CLINIC_KEYCLOAK_ADMIN_SECRET:booking-admin-secret}")
    String adminClientSecret();

    /** Connect and read timeout of each call: a slow Keycloak fails the request fast (503). */
    @WithDefault("5S")
    Duration timeout();

    /** The realm role a provisioned login gets. */
    @WithDefault("practitioner")
    String practitionerRole();
}
