package dev.clinic.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * Everything the gateway needs around it in a test, without Keycloak or any service running: a
 * fresh RSA key pair (the public half is the OIDC verification key, the private half signs test
 * tokens through smallrye-jwt-build), a fake service that echoes what it receives, and a port
 * nobody listens on.
 */
public class GatewayTestResource implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer upstream = await(vertx.createHttpServer().requestHandler(new FakeUpstream(vertx)).listen(0));
        String upstreamUrl = "http://localhost:" + upstream.actualPort();
        Map<String, String> config = new HashMap<>(tokenKeys());
        config.putAll(Map.of(
                "gateway.routes.patient-service.url", upstreamUrl,
                "gateway.routes.booking-service.url", upstreamUrl,
                "gateway.routes.session-service.url", "http://localhost:" + unusedPort(),
                "gateway.upstream.read-timeout", "1s",
                "gateway.health.timeout", "1s"));
        return config;
    }

    /**
     * The configuration of a fresh key pair: the public half verifies tokens (OIDC), the private
     * half signs the test tokens (smallrye-jwt-build).
     */
    public static Map<String, String> tokenKeys() {
        KeyPair keys = rsaKeyPair();
        return Map.of(
                "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                "smallrye.jwt.sign.key", pem(keys));
    }

    @Override
    public void stop() {
        if (vertx != null) {
            await(vertx.close());
        }
    }

    static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(KeyPair keys) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    /** A port that was free a moment ago: connecting to it is refused at once. */
    public static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
