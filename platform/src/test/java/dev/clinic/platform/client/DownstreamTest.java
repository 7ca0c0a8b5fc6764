package dev.clinic.platform.client;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How another service's answers are told apart: the caller's refusals from the service's own failures. */
class DownstreamTest {

    @ParameterizedTest
    @ValueSource(ints = { 403, 404 })
    void refusalsKeepTheirStatus(int status) {
        assertThat(Downstream.exceptionFor(Response.status(status).build()))
                .isInstanceOfSatisfying(Downstream.Refusal.class, r -> assertThat(r.status()).isEqualTo(status));
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 401, 409, 422, 500, 502, 503 })
    // 401 included: the gateway and the calling service accepted the token, so a refusal is the system's fault
    void otherErrorsAreFailuresOfTheService(int status) {
        assertThat(Downstream.exceptionFor(Response.status(status).build())).isInstanceOf(Downstream.Failure.class);
    }

    @ParameterizedTest
    @ValueSource(ints = { 200, 201, 204, 304 })
    void successIsNoException(int status) {
        assertThat(Downstream.exceptionFor(Response.status(status).build())).isNull();
    }
}
