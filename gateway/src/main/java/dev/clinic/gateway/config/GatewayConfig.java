package dev.clinic.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
}
