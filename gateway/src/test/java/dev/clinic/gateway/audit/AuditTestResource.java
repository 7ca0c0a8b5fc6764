package dev.clinic.gateway.audit;

import java.io.IOException;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;

/**
 * Three fake services with audit events ({@link FakeAuditService}) behind the gateway, a test key
 * pair for tokens, and a one-second audit timeout. With the init argument {@code down} set to a
 * service name, that service's route points at a port nobody listens on.
 */
public class AuditTestResource implements QuarkusTestResourceLifecycleManager {

    static final List<String> SERVICES = List.of("booking-service", "patient-service", "session-service");

    private Vertx vertx;
    private String down;

    @Override
    public void init(Map<String, String> initArgs) {
        down = initArgs.get("down");
    }

    @Override
    public Map<String, String> start() {
        KeyPair keys = rsaKeyPair();
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc.public-key", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
        config.put("smallrye.jwt.sign.key", "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        config.put("gateway.audit.timeout", "1s");
        for (int i = 0; i < SERVICES.size(); i++) {
            String service = SERVICES.get(i);
            int port = service.equals(down) ? unusedPort()
                    : await(vertx.createHttpServer().requestHandler(new FakeAuditService(vertx, service, i)).listen(0))
                            .actualPort();
            config.put("gateway.routes." + service + ".url", "http://localhost:" + port);
        }
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            await(vertx.close());
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
