package dev.clinic.gateway;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.eclipse.microprofile.config.ConfigProvider;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Access tokens shaped like the clinic realm's, signed with the test key (see GatewayTestResource). */
final class Tokens {

    static final String AUDIENCE = "clinic-api";

    private Tokens() {
    }

    static String issuer() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.token.issuer", String.class);
    }

    static JwtClaimsBuilder claims() {
        return Jwt.issuer(issuer())
                .audience(AUDIENCE)
                .subject("frontdesk-northside")
                .claim("clinic_id", "northside")
                .expiresIn(Duration.ofMinutes(5));
    }

    static String valid() {
        return claims().sign();
    }

    static String expired() {
        Instant tenMinutesAgo = Instant.now().minus(Duration.ofMinutes(10));
        return claims().issuedAt(tenMinutesAgo.minus(Duration.ofMinutes(5))).expiresAt(tenMinutesAgo).sign();
    }

    static String withAudience(String audience) {
        return claims().audience(audience).sign();
    }

    static String withIssuer(String issuer) {
        return claims().issuer(issuer).sign();
    }

    static String signedWith(PrivateKey key) {
        return claims().sign(key);
    }

    /** A valid token whose claims were edited afterwards: the signature no longer matches. */
    static String tampered() {
        String[] parts = valid().split("\\.");
        Base64.Decoder decoder = Base64.getUrlDecoder();
        String claims = new String(decoder.decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"northside\"", "\"harbour\"");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + forged + "." + parts[2];
    }
}
