package dev.clinic.gateway.routing;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which service answers a request, decided by the first path segment under {@code /api/v1/}:
 * {@code /api/v1/patients/…} goes to the service that lists {@code patients} among its prefixes.
 */
public final class RouteTable {

    public static final String API_ROOT = "/api/v1/";

    private final List<Upstream> upstreams;
    private final Map<String, Upstream> bySegment;

    private RouteTable(List<Upstream> upstreams, Map<String, Upstream> bySegment) {
        this.upstreams = upstreams;
        this.bySegment = bySegment;
    }

    public static RouteTable of(Collection<Upstream> upstreams) {
        Map<String, Upstream> bySegment = new HashMap<>();
        for (Upstream upstream : upstreams) {
            for (String prefix : upstream.prefixes()) {
                Upstream other = bySegment.putIfAbsent(prefix, upstream);
                if (other != null) {
                    throw new IllegalArgumentException("/api/v1/" + prefix + " is routed to both " + other.name()
                            + " and " + upstream.name());
                }
            }
        }
        return new RouteTable(List.copyOf(upstreams), Map.copyOf(bySegment));
    }

    /** The service for a (normalised) request path, or empty when no service answers it. */
    public Optional<Upstream> route(String path) {
        return segment(path).map(bySegment::get);
    }

    public List<Upstream> upstreams() {
        return upstreams;
    }

    /** {@code /api/v1/patients/42} → {@code patients}; empty for {@code /api/v1} itself or another root. */
    public static Optional<String> segment(String path) {
        if (path == null || !path.startsWith(API_ROOT)) {
            return Optional.empty();
        }
        int end = path.indexOf('/', API_ROOT.length());
        String segment = end == -1 ? path.substring(API_ROOT.length()) : path.substring(API_ROOT.length(), end);
        return segment.isEmpty() ? Optional.empty() : Optional.of(segment);
    }
}
