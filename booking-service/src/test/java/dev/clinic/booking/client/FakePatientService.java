package dev.clinic.booking.client;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A stand-in for patient-service's eligibility endpoint on a random local port. Tests choose its
 * behaviour through the patient id (the constants below); every other patient is eligible.
 * {@code GET /calls/{id}} tells how often a patient was asked for and with which Authorization
 * header, so tests can see retries and token propagation across class loaders.
 */
public class FakePatientService implements QuarkusTestResourceLifecycleManager {

    /** Answered 404: not a patient of the caller's clinic. */
    public static final UUID UNKNOWN = UUID.fromString("00000000-0000-4000-8000-000000000404");
    /** Answered 403: patient-service refuses the caller. */
    public static final UUID FORBIDDEN = UUID.fromString("00000000-0000-4000-8000-000000000403");
    /** Answered 500. */
    public static final UUID BROKEN = UUID.fromString("00000000-0000-4000-8000-000000000500");
    /** Never answered. */
    public static final UUID HANGING = UUID.fromString("00000000-0000-4000-8000-0000000000ee");
    /** The connection is closed without an answer. */
    public static final UUID DROPPED = UUID.fromString("00000000-0000-4000-8000-0000000000c1");
    /** Not eligible: the generic codes front desk and patients see. */
    public static final UUID INELIGIBLE = UUID.fromString("00000000-0000-4000-8000-0000000000b1");

    private Vertx vertx;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, String> authorizations = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            String[] path = request.path().split("/");
            // /calls/{id}
            if (path.length == 3 && path[1].equals("calls")) {
                AtomicInteger count = calls.get(path[2]);
                request.response().putHeader("Content-Type", "application/json")
                        .end(new JsonObject().put("count", count == null ? 0 : count.get())
                                .put("authorization", authorizations.get(path[2])).encode());
                return;
            }
            // /api/v1/patients/{id}/eligibility
            if (path.length != 6 || !path[5].equals("eligibility")) {
                request.response().setStatusCode(404).end();
                return;
            }
            String id = path[4];
            calls.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
            String authorization = request.getHeader("Authorization");
            if (authorization != null) {
                authorizations.put(id, authorization);
            }
            UUID patient = UUID.fromString(id);
            if (patient.equals(HANGING)) {
                return;
            }
            if (patient.equals(DROPPED)) {
                request.connection().close();
                return;
            }
            int status = patient.equals(UNKNOWN) ? 404 : patient.equals(FORBIDDEN) ? 403 : patient.equals(BROKEN) ? 500 : 200;
            if (status != 200) {
                request.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                        .end(new JsonObject().put("status", status).encode());
                return;
            }
            boolean eligible = !patient.equals(INELIGIBLE);
            request.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                    .put("patientId", id)
                    .put("modality", request.getParam("modality"))
                    .put("date", request.getParam("date"))
                    .put("eligible", eligible)
                    .put("blockers", eligible ? new JsonArray()
                            : new JsonArray().add("CLINICAL_REVIEW_REQUIRED").add("CONSENT_REQUIRED"))
                    .put("warnings", new JsonArray())
                    .put("someFutureField", "ignored")
                    .encode());
        });
        try {
            server.listen(0, "localhost").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("fake patient-service did not start", e);
        }
        return Map.of("quarkus.rest-client.patient-service.url", "http://localhost:" + server.actualPort());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
