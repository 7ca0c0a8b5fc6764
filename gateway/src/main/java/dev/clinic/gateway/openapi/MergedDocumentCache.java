package dev.clinic.gateway.openapi;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.openapi.models.OpenAPI;

import dev.clinic.gateway.openapi.GatewayDocument.Built;
import dev.clinic.gateway.openapi.GatewayDocument.ServiceDocument;
import dev.clinic.gateway.openapi.GatewayDocument.State;
import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;

/**
 * The merged document, built on demand and kept for a while:
 * <ul>
 * <li>A request finds either a document younger than the cache time (served as is) or triggers one
 * rebuild: every service is asked for its document at once, then they are merged on a worker
 * thread. Requests arriving meanwhile wait for that same rebuild.</li>
 * <li>A service that does not answer with a readable document keeps its part from its last good
 * document ({@code cached}); one that never answered is left out ({@code unavailable}) and the
 * document says so. Only when no service has any document is there nothing to serve.</li>
 * <li>A rebuild that fails unexpectedly leaves the previous document in service for another
 * cache period.</li>
 * </ul>
 */
final class MergedDocumentCache {

    /** The rendered document and where each service's part came from. */
    record Snapshot(Buffer json, Buffer yaml, Map<String, State> states) {
    }

    /** Asks one service for its document. */
    @FunctionalInterface
    interface Fetcher {
        Future<Buffer> fetch(String service);
    }

    /** No service has ever answered: there is no document at all. */
    static final class NoDocumentException extends RuntimeException {
        NoDocumentException(String message) {
            super(message, null, false, false);
        }
    }

    private final Vertx vertx;
    private final List<String> services;
    private final Fetcher fetcher;
    private final Function<List<ServiceDocument>, Built> assembler;
    private final long cacheNanos;
    private final LongSupplier clock;

    /** Written only by the one rebuild in flight. */
    private final Map<String, OpenAPI> lastGood = new ConcurrentHashMap<>();
    private final Map<String, State> lastStates = new ConcurrentHashMap<>();
    private volatile Set<String> lastProblems = Set.of();

    private Snapshot snapshot;
    private long expiresAt;
    private Promise<Snapshot> rebuilding;

    MergedDocumentCache(Vertx vertx, List<String> services, Fetcher fetcher,
            Function<List<ServiceDocument>, Built> assembler, Duration cacheFor, LongSupplier clock) {
        this.vertx = vertx;
        this.services = List.copyOf(services);
        this.fetcher = fetcher;
        this.assembler = assembler;
        this.cacheNanos = cacheFor.toNanos();
        this.clock = clock;
    }

    /** The current document: cached, or rebuilt now when the cached one is too old. */
    synchronized Future<Snapshot> current() {
        if (snapshot != null && clock.getAsLong() - expiresAt < 0) {
            return Future.succeededFuture(snapshot);
        }
        if (rebuilding != null) {
            return rebuilding.future();
        }
        Promise<Snapshot> promise = Promise.promise();
        rebuilding = promise;
        rebuild().onComplete(result -> {
            Snapshot served;
            synchronized (this) {
                rebuilding = null;
                if (result.succeeded()) {
                    snapshot = result.result();
                }
                if (snapshot != null) {
                    expiresAt = clock.getAsLong() + cacheNanos;
                }
                served = snapshot;
            }
            if (result.failed() && !(result.cause() instanceof NoDocumentException)) {
                Log.errorf(result.cause(), "Merging the OpenAPI documents failed%s",
                        served == null ? "" : "; the previous document stays in service");
            }
            if (served != null) {
                promise.complete(served);
            } else {
                promise.fail(result.cause());
            }
        });
        return promise.future();
    }

    private Future<Snapshot> rebuild() {
        List<Future<Buffer>> fetches = new ArrayList<>();
        for (String service : services) {
            Future<Buffer> fetch;
            try {
                fetch = fetcher.fetch(service);
            } catch (RuntimeException e) {
                fetch = Future.failedFuture(e);
            }
            fetches.add(fetch);
        }
        return Future.join(fetches).transform(ignored -> vertx.executeBlocking(() -> assemble(fetches), false));
    }

    private Snapshot assemble(List<Future<Buffer>> fetches) {
        List<ServiceDocument> documents = new ArrayList<>();
        Map<String, State> states = new LinkedHashMap<>();
        for (int i = 0; i < services.size(); i++) {
            String service = services.get(i);
            Future<Buffer> fetch = fetches.get(i);
            OpenAPI fresh = null;
            String failure;
            if (fetch.succeeded()) {
                try {
                    fresh = OpenApiFormat.parse(fetch.result().getBytes());
                    failure = null;
                } catch (RuntimeException e) {
                    failure = "unreadable document: " + e.getMessage();
                }
            } else {
                failure = String.valueOf(fetch.cause());
            }
            ServiceDocument document;
            if (fresh != null) {
                lastGood.put(service, fresh);
                document = new ServiceDocument(service, State.CURRENT, fresh);
            } else if (lastGood.containsKey(service)) {
                document = new ServiceDocument(service, State.CACHED, lastGood.get(service));
            } else {
                document = new ServiceDocument(service, State.UNAVAILABLE, null);
            }
            documents.add(document);
            states.put(service, document.state());
            logChange(service, document.state(), failure);
        }
        if (documents.stream().allMatch(document -> document.document() == null)) {
            throw new NoDocumentException("No service has served its OpenAPI document yet");
        }
        Built built = assembler.apply(documents);
        Set<String> problems = new HashSet<>(built.problems());
        if (!problems.equals(lastProblems)) {
            built.problems().forEach(problem -> Log.warnf("OpenAPI merge: %s", problem));
            lastProblems = problems;
        }
        OpenApiFormat.Rendered rendered = OpenApiFormat.render(built.document());
        return new Snapshot(Buffer.buffer(rendered.json().getBytes(StandardCharsets.UTF_8)),
                Buffer.buffer(rendered.yaml().getBytes(StandardCharsets.UTF_8)), Map.copyOf(states));
    }

    /** One line when a service's part changes state, not one every rebuild. */
    private void logChange(String service, State state, String failure) {
        State before = lastStates.put(service, state);
        if (before == state) {
            return;
        }
        switch (state) {
            case CURRENT -> {
                if (before != null) {
                    Log.infof("OpenAPI document of %s is served again", service);
                }
            }
            case CACHED -> Log.warnf("OpenAPI document of %s not available (%s); its last good document is used",
                    service, failure);
            case UNAVAILABLE -> Log.warnf("OpenAPI document of %s not available (%s); its operations are left out",
                    service, failure);
        }
    }
}
