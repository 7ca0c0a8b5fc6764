package dev.clinic.gateway.edge;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.clinic.gateway.config.GatewayConfig;
import dev.clinic.gateway.edge.TokenBucket.Decision;
import dev.clinic.gateway.edge.TokenBucket.Limit;
import dev.clinic.gateway.http.Problem;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Rate limits at the front door, from {@code gateway.rate-limit.*}: a token bucket per caller
 * identity for requests with a valid token (client {@code azp} and subject {@code sub}, so two
 * users of the same app, or two service accounts, never share one), and per client IP address for
 * everything else (documents, Swagger UI, requests that will be refused with 401). Health checks
 * are never limited. A refused request gets a 429 problem with {@code Retry-After}; every limited
 * response says where the caller stands in {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} (seconds until the bucket is full again).
 * <p>
 * The filter runs after Quarkus' proactive authentication and before the authorization policies
 * (filter priorities 200 and 100), so the token has been verified already; the claims are only read
 * here. Requests whose token is rejected never reach it (authentication fails first); the failure
 * handler charges them to the address instead ({@link #admitRejectedToken}).
 * <p>
 * The buckets live in this gateway instance's memory. Behind a load balancer with several gateway
 * instances each one counts on its own, so a caller's effective limit is the configured one times
 * the number of instances; a shared store (Redis, the database) would be the next step.
 */
@ApplicationScoped
public class RateLimits {

    /** After authentication (200), before authorization (100): the identity is known, no policy ran yet. */
    static final int PRIORITY = 150;
    static final String LIMIT_HEADER = "RateLimit-Limit";
    static final String REMAINING_HEADER = "RateLimit-Remaining";
    static final String RESET_HEADER = "RateLimit-Reset";
    static final String RETRY_AFTER = "Retry-After";
    /** Full buckets are forgotten this often, so memory follows the callers of the last minutes. */
    private static final long CLEANUP_MILLIS = 60_000;
    private static final String CHARGED = RateLimits.class.getName() + ".charged";

    private final boolean enabled;
    private final Limit authenticated;
    private final Limit anonymous;
    private final Map<String, Limit> byClient;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final Vertx vertx;
    private long cleanupTimer = -1;

    @Inject
    RateLimits(GatewayConfig config, Vertx vertx) {
        this(config.rateLimit(), vertx, System::nanoTime);
    }

    RateLimits(GatewayConfig.RateLimit config, Vertx vertx, LongSupplier clock) {
        this.enabled = config.enabled();
        this.authenticated = limit(config.authenticated(), "gateway.rate-limit.authenticated");
        this.anonymous = limit(config.anonymous(), "gateway.rate-limit.anonymous");
        this.byClient = config.clients().entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                entry -> limit(entry.getValue(), "gateway.rate-limit.clients." + entry.getKey())));
        this.vertx = vertx;
        this.clock = clock;
    }

    private static Limit limit(GatewayConfig.Bucket bucket, String property) {
        try {
            return new Limit(bucket.capacity(), bucket.refillPerMinute());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + ": " + e.getMessage(), e);
        }
    }

    void register(@Observes Filters filters) {
        if (enabled) {
            filters.register(this::filter, PRIORITY);
        }
    }

    void startCleanup(@Observes StartupEvent startup) {
        if (enabled) {
            cleanupTimer = vertx.setPeriodic(CLEANUP_MILLIS, id -> forgetFullBuckets());
        }
    }

    @PreDestroy
    void stopCleanup() {
        if (cleanupTimer != -1) {
            vertx.cancelTimer(cleanupTimer);
        }
    }

    void filter(RoutingContext context) {
        if (isExempt(context.normalizedPath()) || admit(context, Caller.of(context))) {
            context.next();
        }
    }

    /**
     * For a request whose token was rejected during authentication: charged to its address like
     * any request without a token, so guessing tokens is limited too. False when the answer was a
     * 429, which the caller must then not overwrite.
     */
    public boolean admitRejectedToken(RoutingContext context) {
        if (!enabled || context.get(CHARGED) != null || isExempt(context.normalizedPath())) {
            return true;
        }
        return admit(context, Caller.anonymous(context));
    }

    /** Health checks are for load balancers and orchestrators, which poll often and by design. */
    static boolean isExempt(String path) {
        return path != null && (path.equals("/q/health") || path.startsWith("/q/health/"));
    }

    private boolean admit(RoutingContext context, Caller caller) {
        context.put(CHARGED, Boolean.TRUE);
        Decision decision = take(caller);
        HttpServerResponse response = context.response();
        response.putHeader(LIMIT_HEADER, Integer.toString(decision.limit()))
                .putHeader(REMAINING_HEADER, Integer.toString(decision.remaining()))
                .putHeader(RESET_HEADER, Long.toString(decision.resetSeconds()));
        if (decision.allowed()) {
            return true;
        }
        // a rejected token's challenge would invite a retry with another token right away
        response.headers().remove("WWW-Authenticate");
        response.putHeader(RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        rateLimited(caller, decision).send(context);
        return false;
    }

    Decision take(Caller caller) {
        Limit limit = caller.client() == null ? anonymous : byClient.getOrDefault(caller.client(), authenticated);
        long now = clock.getAsLong();
        return buckets.computeIfAbsent(caller.key(), key -> new TokenBucket(limit, now)).take(now);
    }

    void forgetFullBuckets() {
        long now = clock.getAsLong();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
    }

    int trackedCallers() {
        return buckets.size();
    }

    static Problem rateLimited(Caller caller, Decision decision) {
        String who = caller.client() == null ? "this address without a token" : "this client";
        long seconds = decision.retryAfterSeconds();
        return new Problem(429, "rate-limited", "Too many requests", "The rate limit for " + who + " ("
                + decision.limit() + " requests at once, then a steady rate per minute) is used up; retry in "
                + seconds + (seconds == 1 ? " second" : " seconds"));
    }

    /**
     * Who a request counts against. {@code client} is the token's {@code azp} for callers with a
     * token (it selects a per-client limit), null for everyone else.
     */
    record Caller(String key, String client) {

        static Caller of(RoutingContext context) {
            if (context.user() instanceof QuarkusHttpUser user) {
                SecurityIdentity identity = user.getSecurityIdentity();
                if (identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token) {
                    return ofToken(token);
                }
            }
            return anonymous(context);
        }

        /** The token was verified by Quarkus OIDC before; its claims are only read here. */
        static Caller ofToken(JsonWebToken token) {
            String client = text(token.getClaim("azp"));
            String subject = token.getSubject() != null ? token.getSubject() : token.getName();
            String clientKey = client == null ? "" : client;
            return new Caller("token\u0000" + clientKey + "\u0000" + subject, clientKey);
        }

        static Caller anonymous(RoutingContext context) {
            SocketAddress remote = context.request().remoteAddress();
            return new Caller("address\u0000" + network(remote == null ? null : remote.hostAddress()), null);
        }

        /** An IPv4 address as is; an IPv6 address by its /64 network, which one host can fill at will. */
        static String network(String address) {
            if (address == null || address.isEmpty()) {
                return "unknown";
            }
            if (address.indexOf(':') < 0) {
                return address;
            }
            try {
                // a literal address: no name lookup happens
                byte[] bytes = InetAddress.getByName(address.startsWith("[") ? address : "[" + address + "]").getAddress();
                if (bytes.length != 16) {
                    return address;
                }
                for (int i = 8; i < 16; i++) {
                    bytes[i] = 0;
                }
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            } catch (UnknownHostException e) {
                return address;
            }
        }

        private static String text(Object claim) {
            if (claim instanceof JsonString json) {
                return json.getString();
            }
            return claim == null ? null : claim.toString();
        }
    }
}
