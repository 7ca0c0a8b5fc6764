package dev.clinic.platform.problem;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a database that cannot be reached from every other failure. PostgreSQL restarting,
 * stopped or out of connections is a fault of the system, not of the request: the client gets a
 * 503 problem with {@code Retry-After} (and its transaction was rolled back), never a 500.
 * Nothing here matches a failure the request caused (a constraint, a stale version, bad SQL).
 */
public final class DatabaseFaults {

    /** The SQLState classes and codes of a lost or refused connection (PostgreSQL appendix A). */
    private static final Set<String> UNAVAILABLE_STATES = Set.of(
            "57P01", // admin_shutdown: the server is shutting down (fast or smart) or killed the backend
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now: the server is starting up or shutting down
            "53300", // too_many_connections
            "58030"); // io_error on the server
    /** Agroal's own failures carry no SQLState; their messages are all there is to tell them by. */
    private static final Set<String> POOL_MESSAGES = Set.of(
            "Sorry, acquisition timeout!",
            "Acquisition timeout while waiting for new connection",
            "Exception while creating new connection");

    private DatabaseFaults() {
    }

    /**
     * The reason (an SQLState or the pool's message) when {@code failure} means the database is
     * unreachable. Looks through causes, suppressed exceptions (a commit that failed on a dropped
     * connection is a RollbackException with the driver's error suppressed, not as its cause) and
     * chained SQLExceptions.
     */
    public static Optional<String> unavailable(Throwable failure) {
        return search(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Optional<String> search(Throwable failure, Set<Throwable> seen) {
        if (failure == null || seen.size() > 64 || !seen.add(failure)) {
            return Optional.empty();
        }
        if (failure instanceof JDBCConnectionException jdbc && jdbc.getSQLState() != null) {
            return Optional.of(jdbc.getSQLState());
        }
        if (failure instanceof SQLException sql) {
            Optional<String> reason = reason(sql);
            if (reason.isPresent()) {
                return reason;
            }
            reason = search(sql.getNextException(), seen);
            if (reason.isPresent()) {
                return reason;
            }
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            Optional<String> reason = search(suppressed, seen);
            if (reason.isPresent()) {
                return reason;
            }
        }
        return search(failure.getCause(), seen);
    }

    private static Optional<String> reason(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
            return Optional.of(state);
        }
        if (state == null && sql.getMessage() != null && POOL_MESSAGES.contains(sql.getMessage())) {
            return Optional.of(sql.getMessage());
        }
        return Optional.empty();
    }
}
