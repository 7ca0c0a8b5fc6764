package dev.clinic.gateway.audit;

import static dev.clinic.gateway.GatewayTestResource.await;
import static dev.clinic.gateway.GatewayTestResource.unusedPort;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.clinic.gateway.GatewayTestResource;
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
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>(GatewayTestResource.tokenKeys());
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
}
