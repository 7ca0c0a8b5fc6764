package dev.clinic.gateway.openapi;

import java.util.HashMap;
import java.util.Map;

import dev.clinic.gateway.GatewayTestResource;
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
}
