package dev.clinic.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One service behind the gateway: where it listens and which {@code /api/v1} segments it answers.
 * Invalid settings fail at start, with the name of the route in the message.
 */
public record Upstream(String name, URI url, List<String> prefixes) {

    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Upstream {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url of route " + name);
        String scheme = url.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("gateway.routes." + name + ".url must be an http or https URL: " + url);
        }
        if (url.getHost() == null || url.getRawUserInfo() != null || url.getRawQuery() != null
                || url.getRawFragment() != null || !(url.getRawPath() == null || url.getRawPath().isEmpty()
                        || "/".equals(url.getRawPath()))) {
            // requests keep their own path, so a base path here would silently be ignored
            throw new IllegalArgumentException(
                    "gateway.routes." + name + ".url must be scheme://host[:port] without path or query: " + url);
        }
        if (prefixes == null || prefixes.isEmpty()) {
            throw new IllegalArgumentException("gateway.routes." + name + ".prefixes must name at least one segment");
        }
        for (String prefix : prefixes) {
            if (!SEGMENT.matcher(prefix).matches()) {
                throw new IllegalArgumentException("gateway.routes." + name + ".prefixes: '" + prefix
                        + "' is not a lower-case path segment");
            }
        }
        prefixes = List.copyOf(prefixes);
    }

    public boolean ssl() {
        return "https".equals(url.getScheme());
    }

    public String host() {
        return url.getHost();
    }

    public int port() {
        return url.getPort() != -1 ? url.getPort() : ssl() ? 443 : 80;
    }
}
