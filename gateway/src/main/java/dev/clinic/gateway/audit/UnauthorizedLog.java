package dev.clinic.gateway.audit;

import org.jboss.logging.Logger;

import dev.clinic.gateway.http.RequestIds;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * One log line per 401 the gateway answers. A request without a verified token belongs to no
 * clinic (its {@code clinic_id} claim cannot be trusted), so it is in no clinic's audit log; this
 * line, in category {@code dev.clinic.gateway.audit.unauthorized}, is its record instead: the
 * reason, the client address, method, path (never the query string) and request id, as
 * {@code key=value} pairs. Never the token or any of its claims.
 */
public final class UnauthorizedLog {

    static final Logger LOG = Logger.getLogger("dev.clinic.gateway.audit.unauthorized");

    private UnauthorizedLog() {
    }

    /** @param tokenPresent whether the request carried a bearer token (then it was rejected) */
    public static void record(RoutingContext context, boolean tokenPresent) {
        LOG.info(line(context, tokenPresent));
    }

    static String line(RoutingContext context, boolean tokenPresent) {
        HttpServerRequest request = context.request();
        SocketAddress remote = request.remoteAddress();
        return "401 reason=" + (tokenPresent ? "invalid-token" : "missing-token")
                + " ip=" + (remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress())
                + " method=" + request.method().name()
                + " path=" + quoted(request.path())
                + " requestId=" + RequestIds.of(request);
    }

    /** A path is the client's text: quoted, with quotes, backslashes and control characters escaped. */
    static String quoted(String text) {
        if (text == null) {
            return "\"\"";
        }
        StringBuilder out = new StringBuilder("\"");
        int max = Math.min(text.length(), 512);
        for (int i = 0; i < max; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > max) {
            out.append("...");
        }
        return out.append('"').toString();
    }
}
