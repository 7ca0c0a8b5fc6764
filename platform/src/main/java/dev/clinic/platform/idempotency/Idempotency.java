package dev.clinic.platform.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.security.CurrentUser;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * {@code Idempotency-Key} for creating POSTs. The key is claimed with an insert in the same
 * transaction as the creation: a concurrent request with the same key waits on that row and
 * then gets the first answer, so one key makes at most one record. A failed creation rolls its
 * claim back and may be retried with the same key. Only the created record's id is kept; a
 * repeat reads the record again through the service's own (authorised, audited) read.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern SANE_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    /**
     * What a creating use case returns: the new record's id, where it lives and its
     * representation; {@code replayed} when it is the answer to a repeat.
     */
    public record Created(UUID id, URI location, Object body, boolean replayed) {
        public Created(UUID id, URI location, Object body) {
            this(id, location, body, false);
        }
    }

    /** What the first request with a key did: the record, and its Location (null when it replaced one). */
    public record Remembered(UUID resourceId, String location) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final CurrentUser currentUser;
    private final CurrentVertxRequest currentRequest;
    private final Duration retention;

    Idempotency(EntityManager entityManager, ObjectMapper json, CurrentUser currentUser,
            CurrentVertxRequest currentRequest,
            @ConfigProperty(name = "clinic.idempotency.retention", defaultValue = "PT24H") Duration retention) {
        this.entityManager = entityManager;
        this.json = json;
        this.currentUser = currentUser;
        this.currentRequest = currentRequest;
        this.retention = retention;
    }

    /**
     * Runs {@code create} once per (clinic, key, body). A repeat gets 201 with the same id and
     * {@code Location}, and the record as {@code read} returns it now.
     */
    @Transactional
    public Response create(String key, Object request, Supplier<Created> create, Function<UUID, Object> read) {
        Created result = once(key, request, create,
                created -> new Remembered(created.id(), created.location().toString()),
                first -> new Created(first.resourceId(), URI.create(first.location()), read.apply(first.resourceId()),
                        true));
        Response.ResponseBuilder answer = Response.status(Response.Status.CREATED)
                // path-absolute: resolved against this service's own address it would point past the gateway
                .header(HttpHeaders.LOCATION, result.location().toString())
                .entity(result.body());
        return (result.replayed() ? answer.header(REPLAYED_HEADER, "true") : answer).build();
    }

    /**
     * The mechanism under {@link #create}, for use cases that may also replace a record (a
     * repeat must then answer as the first did): runs {@code action} once per (clinic, key,
     * request); the first run's outcome is kept as {@code remember} describes it, and a repeat
     * is answered by {@code replay} from that. A request is its method, path and body: the same
     * key and body sent to another record's path is another request (422), not a repeat.
     */
    @Transactional
    public <R> R once(String key, Object request, Supplier<R> action, Function<R, Remembered> remember,
            Function<Remembered, R> replay) {
        if (key == null) {
            return action.get();
        }
        if (!SANE_KEY.matcher(key).matches()) {
            throw ProblemException.invalid(HEADER, "must be 1 to 255 visible ASCII characters");
        }
        String clinic = currentUser.clinicId();
        String requestHash = hash(request);
        forgetExpired(clinic, key);
        int claimed = entityManager.createNativeQuery("""
                insert into idempotency_key (clinic_id, idempotency_key, request_hash, created_at)
                values (?1, ?2, ?3, now()) on conflict do nothing""")
                .setParameter(1, clinic).setParameter(2, key).setParameter(3, requestHash)
                .executeUpdate();
        if (claimed == 1) {
            R result = action.get();
            Remembered outcome = remember.apply(result);
            // The claim left location null, which is what a replace keeps; no untyped null is bound.
            var update = outcome.location() == null
                    ? entityManager.createNativeQuery("""
                            update idempotency_key set resource_id = ?3
                            where clinic_id = ?1 and idempotency_key = ?2""")
                    : entityManager.createNativeQuery("""
                            update idempotency_key set resource_id = ?3, location = ?4
                            where clinic_id = ?1 and idempotency_key = ?2""").setParameter(4, outcome.location());
            update.setParameter(1, clinic).setParameter(2, key).setParameter(3, outcome.resourceId()).executeUpdate();
            return result;
        }
        Object[] first = (Object[]) entityManager.createNativeQuery("""
                select request_hash, resource_id, location from idempotency_key
                where clinic_id = ?1 and idempotency_key = ?2""")
                .setParameter(1, clinic).setParameter(2, key)
                .getSingleResult();
        if (!requestHash.equals(first[0])) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                    "Idempotency-Key " + key + " was already used with a different request body");
        }
        return replay.apply(new Remembered((UUID) first[1], (String) first[2]));
    }

    private void forgetExpired(String clinic, String key) {
        entityManager.createNativeQuery("""
                delete from idempotency_key
                where clinic_id = ?1 and idempotency_key = ?2 and created_at < now() - cast(?3 as interval)""")
                .setParameter(1, clinic).setParameter(2, key).setParameter(3, retention.toSeconds() + " seconds")
                .executeUpdate();
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((target() + "\n" + write(request)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The method and path of the current request, e.g. {@code POST /api/v1/patients/…/consents}. */
    private String target() {
        var context = currentRequest.getCurrent();
        return context == null ? "" : context.request().method().name() + " " + context.request().path();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
