package dev.clinic.platform.client;

import java.util.concurrent.Callable;
import java.util.function.Function;

import jakarta.ws.rs.core.Response;

import dev.clinic.platform.problem.ProblemException;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * How a service calls another one: with the caller's own access token (token propagation, so the
 * other service applies the caller's clinic and role), outside the caller's transaction, and with
 * every failure on the way turned into a 503 problem before anything is stored. The REST client
 * interfaces carry the timeouts, retries and circuit breakers; they map answers with
 * {@link #exceptionFor}.
 */
public final class Downstream {

    private Downstream() {
    }

    /**
     * An answer of the other service that is about the caller's request, not a failure of that
     * service: 404 (nothing of the caller's clinic by that id) or 403 (the caller may not). It must
     * not be retried nor open a circuit. A 401 is not one: this service and the gateway accepted the
     * token, so the other service refusing it is a fault of the system (a {@link Failure}, 503).
     */
    public static final class Refusal extends RuntimeException {
        private final int status;

        public Refusal(int status) {
            super("answered " + status, null, false, false);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** An error answer that is the other service's own (5xx, 401, or a 4xx this service never causes). */
    public static final class Failure extends RuntimeException {
        public Failure(int status) {
            super("answered " + status, null, false, false);
        }
    }

    /** For a REST client's {@code @ClientExceptionMapper}: the exception an error answer becomes. */
    public static RuntimeException exceptionFor(Response response) {
        int status = response.getStatus();
        return switch (status) {
            case 403, 404 -> new Refusal(status);
            default -> status >= 400 ? new Failure(status) : null;
        };
    }

    /**
     * Runs one call to {@code dependency} with the caller's {@code Authorization} header value.
     *
     * @throws Refusal when the other service refused the request (the caller decides what that means)
     * @throws ProblemException 503 for anything else that keeps the other service from answering:
     *         refused or reset connections, timeouts, an open circuit, 5xx answers
     */
    public static <T> T call(String dependency, SecurityIdentity caller, Function<String, T> call) {
        AccessTokenCredential token = caller.getCredential(AccessTokenCredential.class);
        String authorization = token == null ? null : "Bearer " + token.getToken();
        try {
            // A remote call is no part of the caller's transaction: suspended, it is not propagated to
            // the threads the non-blocking client and its fault tolerance run on.
            return outsideTransaction(() -> call.apply(authorization));
        } catch (Refusal | ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            Log.warnf("%s did not answer: %s", dependency, e.getClass().getSimpleName());
            throw ProblemException.dependencyUnavailable(dependency);
        }
    }

    private static <T> T outsideTransaction(Callable<T> call) {
        try {
            return QuarkusTransaction.suspendingExisting().call(call);
        } catch (QuarkusTransactionException e) {
            // call() wraps whatever the task threw; the task's own exception is the answer.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
