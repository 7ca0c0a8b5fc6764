package dev.clinic.gateway.edge;

import java.time.Duration;

import org.eclipse.microprofile.config.ConfigProvider;

import io.smallrye.jwt.build.Jwt;

/** Access tokens of a particular caller (client {@code azp}, subject {@code sub}), signed with the test key. */
final class EdgeTokens {

    private EdgeTokens() {
    }

    static String of(String client, String subject) {
        return Jwt.issuer(ConfigProvider.getConfig().getValue("quarkus.oidc.token.issuer", String.class))
                .audience("clinic-api")
                .subject(subject)
                .claim("azp", client)
                .claim("clinic_id", "northside")
                .expiresIn(Duration.ofMinutes(5))
                .sign();
    }

    static String bearer(String client, String subject) {
        return "Bearer " + of(client, subject);
    }

    /** The fake service's base URL (patients and booking paths go there). */
    static String upstreamUrl() {
        return ConfigProvider.getConfig().getValue("gateway.routes.patient-service.url", String.class);
    }
}
