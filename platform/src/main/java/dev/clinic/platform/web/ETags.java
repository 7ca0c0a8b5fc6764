package dev.clinic.platform.web;

import jakarta.ws.rs.core.EntityTag;

import dev.clinic.platform.problem.ProblemException;

/**
 * ETags are the row version. {@code If-Match} is optional; when a client sends it, a version that
 * is no longer current is refused with 412 so that no update is lost.
 */
public final class ETags {

    public static final String IF_MATCH = "If-Match";

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Throws a 412 problem when {@code ifMatch} is present and names no current version. */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || matches(ifMatch, currentVersion)) {
            return;
        }
        throw ProblemException.preconditionFailed("If-Match " + ifMatch.strip() + " is not the current version (\""
                + currentVersion + "\"); read the resource again and retry with its ETag");
    }

    static boolean matches(String ifMatch, long currentVersion) {
        String current = "\"" + currentVersion + "\"";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            // If-Match uses the strong comparison: a weak tag never matches (RFC 9110 13.1.1).
            if (tag.equals("*") || tag.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
