package dev.clinic.session.client;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * booking-service and patient-service as session-service sees them, played by one HTTP server on a
 * random local port (a real network hop, so timeouts, retries and circuit breakers are exercised).
 * <ul>
 * <li>{@code GET /api/v1/practitioners/me}: {@link #PRACTITIONER}, unless
 * {@code PUT /control/practitioner-missing} made it answer 404.</li>
 * <li>{@code GET /api/v1/appointments/{id}}: what {@code PUT /control/appointments/{id}} stored
 * (a JSON appointment), else 404; {@link #HANGING} never answers, {@link #BROKEN} answers 500.</li>
 * <li>{@code GET /api/v1/patients/{id}/eligibility}: eligible, except {@link #UNKNOWN} (404),
 * {@link #INELIGIBLE} (blockers ANTICOAGULANTS, CONSENT_REQUIRED), {@link #BROKEN} (500),
 * {@link #HANGING} (no answer).</li>
 * <li>{@code GET /control/calls/{id}}: how often an appointment or patient id was asked for.</li>
 * </ul>
 * Tests talk to it over HTTP ({@link Neighbours}): it runs in another class loader.
 */
public class FakeNeighbours implements QuarkusTestResourceLifecycleManager {

    /** The practitioner record behind every caller's login. */
    public static final UUID PRACTITIONER = UUID.fromString("00000000-0000-4000-8000-00000000a001");
    public static final UUID UNKNOWN = UUID.fromString("00000000-0000-4000-8000-000000000404");
    public static final UUID INELIGIBLE = UUID.fromString("00000000-0000-4000-8000-0000000000b1");
    public static final UUID BROKEN = UUID.fromString("00000000-0000-4000-8000-000000000500");
    public static final UUID HANGING = UUID.fromString("00000000-0000-4000-8000-0000000000ee");

    private Vertx vertx;
    private final Map<String, JsonObject> appointments = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private volatile boolean practitionerMissing;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            String[] path = request.path().split("/");
            if (path.length >= 2 && path[1].equals("control")) {
                control(request, path, body.toString());
            } else if (path.length == 5 && path[3].equals("practitioners") && path[4].equals("me")) {
                if (practitionerMissing) {
                    problem(request, 404);
                } else {
                    json(request, new JsonObject().put("id", PRACTITIONER.toString()).put("keycloakUserId", "login"));
                }
            } else if (path.length == 5 && path[3].equals("appointments")) {
                count(path[4]);
                answer(request, path[4], () -> {
                    JsonObject appointment = appointments.get(path[4]);
                    if (appointment == null) {
                        problem(request, 404);
                    } else {
                        json(request, appointment);
                    }
                });
            } else if (path.length == 6 && path[3].equals("patients") && path[5].equals("eligibility")) {
                count(path[4]);
                answer(request, path[4], () -> {
                    UUID patient = UUID.fromString(path[4]);
                    if (patient.equals(UNKNOWN)) {
                        problem(request, 404);
                        return;
                    }
                    boolean eligible = !patient.equals(INELIGIBLE);
                    json(request, new JsonObject().put("patientId", path[4])
                            .put("modality", request.getParam("modality")).put("date", request.getParam("date"))
                            .put("eligible", eligible)
                            .put("blockers", eligible ? new JsonArray()
                                    : new JsonArray().add("ANTICOAGULANTS").add("CONSENT_REQUIRED"))
                            .put("warnings", new JsonArray()));
                });
            } else {
                problem(request, 404);
            }
        }));
        try {
            server.listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the fake neighbours did not start", e);
        }
        String url = "http://localhost:" + server.actualPort();
        return Map.of("quarkus.rest-client.booking-service.url", url,
                "quarkus.rest-client.patient-service.url", url);
    }

    private void control(HttpServerRequest request, String[] path, String body) {
        if (path.length == 4 && path[2].equals("appointments") && request.method().name().equals("PUT")) {
            appointments.put(path[3], new JsonObject(body).put("id", path[3]));
            request.response().setStatusCode(204).end();
        } else if (path.length == 3 && path[2].equals("practitioner-missing")) {
            practitionerMissing = request.method().name().equals("PUT");
            request.response().setStatusCode(204).end();
        } else if (path.length == 4 && path[2].equals("calls")) {
            AtomicInteger count = calls.get(path[3]);
            json(request, new JsonObject().put("count", count == null ? 0 : count.get()));
        } else {
            request.response().setStatusCode(404).end();
        }
    }

    private void count(String id) {
        calls.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
    }

    /** The special ids first (no answer, 500), then {@code normal}. */
    private static void answer(HttpServerRequest request, String id, Runnable normal) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            problem(request, 404);
            return;
        }
        if (uuid.equals(HANGING)) {
            return;
        }
        if (uuid.equals(BROKEN)) {
            problem(request, 500);
            return;
        }
        normal.run();
    }

    private static void json(HttpServerRequest request, JsonObject body) {
        request.response().putHeader("Content-Type", "application/json").end(body.encode());
    }

    private static void problem(HttpServerRequest request, int status) {
        request.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject().put("status", status).encode());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }
}
