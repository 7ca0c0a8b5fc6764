package dev.clinic.systemtest;

/**
 * Where the running stack is. Each setting is read from a system property, then from the
 * environment variable of the same name, then falls back to the ports of {@code ./clinic up}.
 */
final class StackConfig {

    private StackConfig() {
    }

    /** The gateway, the only entry point the system tests use. */
    static String gatewayUrl() {
        return setting("CLINIC_GATEWAY_URL", "http://localhost:8080");
    }

    /** The realm as clients see it; also the issuer the services expect in tokens. */
    static String oidcUrl() {
        return setting("CLINIC_OIDC_URL", "http://localhost:8180/realms/clinic");
    }

    private static String setting(String name, String defaultValue) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        // A trailing slash would produce "//" when paths are appended.
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
