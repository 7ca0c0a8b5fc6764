package dev.clinic.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The gateway's own settings: which service answers which part of {@code /api/v1}, and how long
 * it waits for them. Adding a resource to a service is one more entry in its {@code prefixes}.
 */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The upstream services, by name (the name shows in logs and in the readiness report). */
    Map<String, Route> routes();

    Upstream upstream();

    Health health();

    /** How many requests each caller may send (see {@code RateLimits}). */
    RateLimit rateLimit();

    /** The largest request body the gateway accepts; larger ones are refused with 413 before a service sees them. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** The headers every answer carries (see {@code dev.clinic.gateway.edge.SecurityHeaders}). */
    SecurityHeaders securityHeaders();

    interface Route {

        /** Base URL of the service: scheme, host and port only. */
        URI url();

        /** The first path segments under {@code /api/v1/} that this service answers. */
        List<String> prefixes();
    }

    interface Upstream {

        /** A refused or unroutable service must fail fast (503), never hang a client. */
        @WithDefault("1s")
        Duration connectTimeout();

        /** The longest silence from a service (before or between response chunks) before answering 504. */
        @WithDefault("30s")
        Duration readTimeout();

        /** Connections kept per service; a gateway multiplexes all clients onto these. */
        @WithDefault("64")
        int maxConnections();
    }

    interface Health {

        /** How long a readiness probe of one service may take before it counts as down. */
        @WithDefault("2s")
        Duration timeout();
    }

    /**
     * Token buckets, kept in the memory of each gateway instance: {@code capacity} requests at once,
     * refilled continuously at {@code refill-per-minute}. Callers with a token are counted per
     * client and subject ({@code azp} and {@code sub}), everyone else per IP address.
     */
    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        /** Each caller with a valid token (one bucket per {@code azp} + {@code sub}). */
        Bucket authenticated();

        /** Each client address without a token (IPv6 addresses count per /64 network). */
        Bucket anonymous();

        /** Other limits for the callers of particular clients, by client id ({@code azp}). */
        Map<String, Bucket> clients();
    }

    interface Bucket {

        /** Requests a caller may send at once (the burst). */
        int capacity();

        /** Requests given back per minute, one at a time (the sustained rate). */
        int refillPerMinute();
    }

    interface SecurityHeaders {

        /** {@code Strict-Transport-Security: max-age}, sent only on requests that came over HTTPS. */
        @WithDefault("365D")
        Duration hstsMaxAge();

        /**
         * Where Swagger UI's page may connect besides the gateway: the identity provider as the
         * browser sees it (the token request of the login goes there). Paths are ignored.
         */
        Optional<List<URI>> swaggerUiConnectSrc();
    }
}
