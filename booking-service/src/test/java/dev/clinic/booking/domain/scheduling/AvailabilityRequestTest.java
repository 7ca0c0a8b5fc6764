package dev.clinic.booking.domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.clinic.platform.problem.ProblemException;

class AvailabilityRequestTest {

    @ParameterizedTest(name = "[{0}, {1}) is accepted")
    @CsvSource({
            "2026-06-01T00:00:00Z, 2026-06-01T00:00:01Z",
            "2026-06-01T00:00:00Z, 2026-07-02T00:00:00Z",
            "2026-03-01T05:00:00Z, 2026-04-01T04:00:00Z" })
    void aRangeOfUpTo31DaysIsAccepted(Instant from, Instant to) {
        assertThatCode(() -> AvailabilityRequest.validate(from, to)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "[{0}, {1}) → 400 on {2}")
    @CsvSource({
            "2026-06-01T00:00:00Z, 2026-07-02T00:00:01Z, to, at most 31 days",
            "2026-06-01T00:00:00Z, 2026-06-01T00:00:00Z, to, must be after from",
            "2026-06-01T00:00:00Z, 2026-05-31T00:00:00Z, to, must be after from",
            "                    , 2026-06-01T00:00:00Z, from, is required",
            "2026-06-01T00:00:00Z,                     , to, is required" })
    void anythingElseIsA400NamingTheField(Instant from, Instant to, String field, String message) {
        assertThatThrownBy(() -> AvailabilityRequest.validate(from, to))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo(field);
                        assertThat(error.message()).contains(message);
                    });
                });
    }
}
