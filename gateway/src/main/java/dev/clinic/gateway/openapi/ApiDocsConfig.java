package dev.clinic.gateway.openapi;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the gateway builds and serves the merged OpenAPI document ({@code gateway.openapi.*}). */
@ConfigMapping(prefix = "gateway.openapi")
public interface ApiDocsConfig {

    /**
     * How long a merged document is served as is; the first request after that fetches the
     * services' documents again, so a redeployed service shows up without restarting the gateway.
     */
    @WithDefault("30s")
    Duration cacheFor();

    /** How long one service may stay silent when asked for its document; it then counts as down. */
    @WithDefault("2s")
    Duration fetchTimeout();

    /**
     * The Keycloak realm as a browser reaches it (its issuer URL); the document's OAuth2 URLs are
     * {@code <realm>/protocol/openid-connect/auth} and {@code /token}.
     */
    URI realm();

    /** The public client Swagger UI signs people in with (authorization code with PKCE). */
    @WithDefault("clinic-web")
    String webClientId();

    @WithDefault("Clinic API")
    String title();

    @WithDefault("1.0.0")
    String version();

    /** The server every path is relative to: the gateway itself. */
    @WithDefault("/")
    String serverUrl();
}
