package dev.clinic.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseFaultsTest {

    @ParameterizedTest
    @ValueSource(strings = { "08001", "08006", "08003", "57P01", "57P02", "57P03", "53300" })
    void aLostOrRefusedConnectionIsUnavailable(String state) {
        SQLException driver = new SQLException("driver message", state);
        assertThat(DatabaseFaults.unavailable(driver)).contains(state);
        assertThat(DatabaseFaults.unavailable(new PersistenceException(new JDBCConnectionException("x", driver))))
                .contains(state);
    }

    @Test
    void thePoolsOwnFailuresAreUnavailable() {
        assertThat(DatabaseFaults.unavailable(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))))
                .isPresent();
        assertThat(DatabaseFaults.unavailable(new SQLException("Exception while creating new connection",
                new SQLException("Connection refused", "08001")))).isPresent();
    }

    @Test
    void aChainedNextExceptionCounts() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "08006");
        SQLException outer = new SQLException("batch failed", "XX000");
        outer.setNextException(batch);
        assertThat(DatabaseFaults.unavailable(outer)).contains("08006");
    }

    @Test
    void aCommitThatFailedOnADroppedConnectionCounts() {
        // What Narayana throws when the one-phase commit fails: the driver's error is suppressed, not the cause.
        javax.transaction.xa.XAException xa = new javax.transaction.xa.XAException("Error trying to transactionCommit");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        assertThat(DatabaseFaults.unavailable(new RuntimeException("Error invoking subclass method", rollback)))
                .contains("57P01");
    }

    @ParameterizedTest
    @ValueSource(strings = { "23505", "23P01", "40001", "40P01", "42P01", "22001" })
    void whatTheRequestCausedIsNot(String state) {
        SQLException driver = new SQLException("driver message", state);
        assertThat(DatabaseFaults.unavailable(new PersistenceException(
                new ConstraintViolationException("x", driver, "some_constraint")))).isEmpty();
        assertThat(DatabaseFaults.unavailable(new SQLException("other"))).isEmpty();
        assertThat(DatabaseFaults.unavailable(new IllegalStateException("no SQL at all"))).isEmpty();
    }
}
