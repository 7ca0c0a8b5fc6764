package dev.clinic.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.clinic.gateway.openapi.GatewayDocument.State;
import dev.clinic.gateway.openapi.MergedDocumentCache.NoDocumentException;
import dev.clinic.gateway.openapi.MergedDocumentCache.Snapshot;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;

/**
 * Caching and refreshing of the merged document, on a clock the test moves: served from cache for
 * the configured time, rebuilt by the first request after it, one rebuild for concurrent requests,
 * a service that is down keeps its last good part.
 */
class MergedDocumentCacheTest {

    static final Duration CACHE_FOR = Duration.ofSeconds(30);
    static final List<String> SERVICES = List.of("booking-service", "patient-service", "session-service");

    Vertx vertx;
    final AtomicLong clock = new AtomicLong(1_000);
    final AtomicInteger fetches = new AtomicInteger();
    /** What each service answers: a document, or null for "down" (connection refused). */
    final Map<String, String> documents = new ConcurrentHashMap<>();
    MergedDocumentCache cache;

    @BeforeEach
    void setUp() {
        vertx = Vertx.vertx();
        documents.put("booking-service", SampleDocuments.bookings());
        documents.put("patient-service", SampleDocuments.patients());
        documents.put("session-service", SampleDocuments.sessions());
        cache = cache(this::answer);
    }

    @AfterEach
    void tearDown() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    MergedDocumentCache cache(MergedDocumentCache.Fetcher fetcher) {
        return new MergedDocumentCache(vertx, SERVICES, service -> {
            fetches.incrementAndGet();
            return fetcher.fetch(service);
        }, services -> GatewayDocument.build(services, GatewayDocumentTest.FRAME, OpenApiMergerTest.ROUTED),
                CACHE_FOR, clock::get);
    }

    Future<Buffer> answer(String service) {
        String document = documents.get(service);
        return document == null ? Future.failedFuture(new java.net.ConnectException("Connection refused"))
                : Future.succeededFuture(Buffer.buffer(document));
    }

    static Snapshot await(Future<Snapshot> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    static JsonPath json(Snapshot snapshot) {
        return JsonPath.from(snapshot.json().toString());
    }

    void later(Duration duration) {
        clock.addAndGet(duration.toNanos());
    }

    @Test
    void theDocumentIsServedFromCacheUntilItIsOlderThanTheCacheTime() throws Exception {
        Snapshot first = await(cache.current());
        assertThat(fetches).hasValue(3);
        assertThat(first.states()).containsOnly(Map.entry("booking-service", State.CURRENT),
                Map.entry("patient-service", State.CURRENT), Map.entry("session-service", State.CURRENT));

        documents.put("booking-service", SampleDocuments.bookings(SampleDocuments.ROOMS_PATH));
        later(CACHE_FOR.minusSeconds(1));
        assertThat(await(cache.current())).isSameAs(first);
        assertThat(fetches).hasValue(3);

        later(Duration.ofSeconds(2));
        Snapshot second = await(cache.current());
        assertThat(fetches).hasValue(6);
        assertThat(json(second).getMap("paths")).containsKey("/api/v1/locations/{id}/rooms");
        assertThat(json(first).getMap("paths")).doesNotContainKey("/api/v1/locations/{id}/rooms");
    }

    @Test
    void aServiceThatIsDownKeepsItsLastGoodPart() throws Exception {
        await(cache.current());
        documents.remove("session-service");
        later(CACHE_FOR.plusSeconds(1));

        Snapshot snapshot = await(cache.current());

        assertThat(snapshot.states()).containsEntry("session-service", State.CACHED);
        assertThat(json(snapshot).getMap("paths")).containsKeys("/api/v1/sessions", "/api/v1/treatment-plans");
        assertThat(json(snapshot).getList("x-clinic-sources.state")).containsExactly("current", "current", "cached");

        documents.put("session-service", SampleDocuments.sessions());
        later(CACHE_FOR.plusSeconds(1));
        assertThat(await(cache.current()).states()).containsEntry("session-service", State.CURRENT);
    }

    @Test
    void anUnreadableDocumentCountsAsDown() throws Exception {
        await(cache.current());
        documents.put("patient-service", "{\"status\":\"UP\"}");
        later(CACHE_FOR.plusSeconds(1));

        Snapshot snapshot = await(cache.current());

        assertThat(snapshot.states()).containsEntry("patient-service", State.CACHED);
        assertThat(json(snapshot).getMap("paths")).containsKey("/api/v1/patients");
    }

    @Test
    void aServiceThatNeverAnsweredIsLeftOutAndTheDocumentSaysSo() throws Exception {
        documents.remove("booking-service");

        Snapshot snapshot = await(cache.current());

        assertThat(snapshot.states()).containsEntry("booking-service", State.UNAVAILABLE);
        JsonPath document = json(snapshot);
        assertThat(document.getMap("paths")).containsKeys("/api/v1/patients", "/api/v1/sessions")
                .doesNotContainKey("/api/v1/appointments");
        assertThat(document.getList("x-clinic-sources.state")).containsExactly("unavailable", "current", "current");
        assertThat(document.getString("info.description")).contains("booking-service did not answer");

        documents.put("booking-service", SampleDocuments.bookings());
        later(CACHE_FOR.plusSeconds(1));
        assertThat(json(await(cache.current())).getMap("paths")).containsKey("/api/v1/appointments");
    }

    @Test
    void withNoServiceAnsweringThereIsNoDocumentAndTheNextRequestTriesAgain() throws Exception {
        documents.clear();

        assertThatThrownBy(() -> await(cache.current())).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(NoDocumentException.class);
        assertThat(fetches).hasValue(3);

        documents.put("patient-service", SampleDocuments.patients());
        assertThat(await(cache.current()).states()).containsEntry("patient-service", State.CURRENT);
        assertThat(fetches).hasValue(6);
    }

    @Test
    void requestsDuringARebuildWaitForThatRebuild() throws Exception {
        Promise<Buffer> slowBookings = Promise.promise();
        cache = cache(service -> service.equals("booking-service") ? slowBookings.future() : answer(service));

        Future<Snapshot> first = cache.current();
        Future<Snapshot> second = cache.current();
        assertThat(first.isComplete()).isFalse();
        assertThat(fetches).hasValue(3);

        slowBookings.complete(Buffer.buffer(SampleDocuments.bookings()));
        assertThat(await(first)).isSameAs(await(second));
        assertThat(fetches).hasValue(3);
    }

    @Test
    void aRebuildThatFailsKeepsThePreviousDocumentInService() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        cache = new MergedDocumentCache(vertx, SERVICES, this::answer, services -> {
            if (builds.incrementAndGet() > 1) {
                throw new IllegalStateException("merge bug");
            }
            return GatewayDocument.build(services, GatewayDocumentTest.FRAME, OpenApiMergerTest.ROUTED);
        }, CACHE_FOR, clock::get);
        Snapshot first = await(cache.current());
        later(CACHE_FOR.plusSeconds(1));

        assertThat(await(cache.current())).isSameAs(first);
        // and it is not retried on every request, only after another cache period
        assertThat(await(cache.current())).isSameAs(first);
        assertThat(builds).hasValue(2);
    }

    @Test
    void aFetcherThatThrowsCountsAsDown() throws Exception {
        cache = cache(service -> {
            if (service.equals("session-service")) {
                throw new IllegalStateException("no route");
            }
            return answer(service);
        });

        assertThat(await(cache.current()).states()).containsEntry("session-service", State.UNAVAILABLE);
    }
}
