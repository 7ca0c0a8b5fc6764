package dev.clinic.gateway.openapi;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.clinic.gateway.GatewayTestResource;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * The gateway's test setup (token keys etc.) with services that serve the sample documents, plus a
 * fourth route, {@code archive-service}, where nobody ever listens. Documents are cached for one
 * second, and the realm is a fixed test URL.
 */
public class OpenApiTestResource extends GatewayTestResource {

    static final String REALM = "https://login.test/realms/clinic";

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        vertx = Vertx.vertx();
        config.put("gateway.routes.booking-service.url", serve(SampleDocuments.bookings()));
        config.put("gateway.routes.patient-service.url", serve(SampleDocuments.patients()));
        config.put("gateway.routes.session-service.url", serve(SampleDocuments.sessions()));
        config.put("gateway.routes.archive-service.url", "http://localhost:" + unusedPort());
        config.put("gateway.routes.archive-service.prefixes", "archive");
        config.put("gateway.openapi.cache-for", "1s");
        config.put("gateway.openapi.realm", REALM);
        return config;
    }

    private String serve(String document) {
        HttpServer server = await(vertx.createHttpServer().requestHandler(new FakeDocumentService(document)).listen(0));
        return "http://localhost:" + server.actualPort();
    }

    @Override
    public void stop() {
        if (vertx != null) {
            await(vertx.close());
        }
        super.stop();
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
