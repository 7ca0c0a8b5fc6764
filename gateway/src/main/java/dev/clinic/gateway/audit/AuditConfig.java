package dev.clinic.gateway.audit;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the gateway answers {@code GET /api/v1/audit-events} ({@code gateway.audit.*}). */
@ConfigMapping(prefix = "gateway.audit")
public interface AuditConfig {

    /**
     * How long each service may take to answer its part (connection, silence before or during its
     * answer). A service that takes longer counts as unavailable: the whole answer is a 503, since a
     * partial audit log would mislead.
     */
    @WithDefault("10s")
    Duration timeout();
}
