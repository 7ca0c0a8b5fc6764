package dev.clinic.gateway.edge;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Limits small enough to reach in a test: three requests at once per caller, one more a second;
 * two at once per address without a token, one more every ten seconds; ten at once for callers of
 * the client {@code bulk-sync}. One connection per service, given up after 300 ms.
 */
public class TightEdgeProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "gateway.rate-limit.authenticated.capacity", "3",
                "gateway.rate-limit.authenticated.refill-per-minute", "60",
                "gateway.rate-limit.anonymous.capacity", "2",
                "gateway.rate-limit.anonymous.refill-per-minute", "6",
                "gateway.rate-limit.clients.bulk-sync.capacity", "10",
                "gateway.rate-limit.clients.bulk-sync.refill-per-minute", "60",
                "gateway.upstream.max-connections", "1",
                "gateway.upstream.connect-timeout", "300ms");
    }
}
