package dev.clinic.booking.domain.scheduling;

import static dev.clinic.booking.domain.scheduling.AppointmentStatus.BOOKED;
import static dev.clinic.booking.domain.scheduling.AppointmentStatus.CANCELLED;
import static dev.clinic.booking.domain.scheduling.AppointmentStatus.CHECKED_IN;
import static dev.clinic.booking.domain.scheduling.AppointmentStatus.COMPLETED;
import static dev.clinic.booking.domain.scheduling.AppointmentStatus.NO_SHOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.clinic.platform.problem.ProblemException;

class AppointmentStatusTest {

    /** The whole machine written out: the only allowed moves. */
    static final Set<String> ALLOWED = Set.of("BOOKED>CHECKED_IN", "CHECKED_IN>COMPLETED", "BOOKED>CANCELLED",
            "BOOKED>NO_SHOW");

    static Stream<Arguments> everyPair() {
        return Arrays.stream(AppointmentStatus.values()).flatMap(from -> Arrays.stream(AppointmentStatus.values())
                .map(to -> Arguments.of(from, to, ALLOWED.contains(from + ">" + to))));
    }

    @ParameterizedTest(name = "{0} → {1}: allowed = {2}")
    @MethodSource("everyPair")
    void onlyTheFourMovesOfTheMachineAreAllowed(AppointmentStatus from, AppointmentStatus to, boolean allowed) {
        assertThat(from.canTransitionTo(to)).isEqualTo(allowed);
        if (allowed) {
            assertThat(from.transitionTo(to)).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> from.transitionTo(to))
                    .isInstanceOfSatisfying(ProblemException.class, problem -> {
                        assertThat(problem.status()).isEqualTo(409);
                        assertThat(problem.code()).isEqualTo("invalid-transition");
                        assertThat(problem.properties()).isEqualTo(Map.of("from", from.name(), "to", to.name()));
                        assertThat(problem.getMessage()).contains(from.name()).contains(to.name());
                    });
        }
    }

    @ParameterizedTest(name = "{0} holds its time: {1}")
    @CsvSource({ "BOOKED, true", "CHECKED_IN, true", "COMPLETED, true", "CANCELLED, false", "NO_SHOW, true" })
    void everyStatusButCancelledHoldsItsTime(AppointmentStatus status, boolean live) {
        assertThat(status.isLive()).isEqualTo(live);
    }

    @ParameterizedTest(name = "{0} is final: {1}")
    @CsvSource({ "BOOKED, false", "CHECKED_IN, false", "COMPLETED, true", "CANCELLED, true", "NO_SHOW, true" })
    void completedCancelledAndNoShowAreFinal(AppointmentStatus status, boolean isFinal) {
        assertThat(status.next().isEmpty()).isEqualTo(isFinal);
    }

    @ParameterizedTest(name = "cancelled at {0} for {1}, window {2} h: late = {3}")
    @CsvSource({
            "2026-06-09T09:59:59Z, 2026-06-10T10:00:00Z, 24, false",
            "2026-06-09T10:00:00Z, 2026-06-10T10:00:00Z, 24, false",
            "2026-06-09T10:00:01Z, 2026-06-10T10:00:00Z, 24, true",
            "2026-06-10T09:00:00Z, 2026-06-10T10:00:00Z, 24, true",
            "2026-06-10T11:00:00Z, 2026-06-10T10:00:00Z, 24, true",
            "2026-06-10T08:00:00Z, 2026-06-10T10:00:00Z,  2, false",
            "2026-06-10T08:30:00Z, 2026-06-10T10:00:00Z,  2, true",
            "2026-06-10T10:00:00Z, 2026-06-10T10:00:00Z,  0, false",
            "2026-06-10T10:00:01Z, 2026-06-10T10:00:00Z,  0, true",
            // Elapsed hours, not wall-clock ones: across the US spring-forward night 24 h is 25 wall hours.
            "2026-03-07T14:00:00Z, 2026-03-08T14:00:00Z, 24, false",
            "2026-03-07T14:00:01Z, 2026-03-08T14:00:00Z, 24, true" })
    void aCancellationInsideTheWindowIsLateButExactlyAtItIsNot(Instant now, Instant start, int windowHours,
            boolean late) {
        assertThat(CancellationRules.lateCancellation(now, start, windowHours)).isEqualTo(late);
    }
}
