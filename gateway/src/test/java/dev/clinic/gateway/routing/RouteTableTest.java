package dev.clinic.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouteTableTest {

    private static final Upstream PATIENTS = new Upstream("patient-service", URI.create("http://localhost:8081"),
            List.of("patients"));
    private static final Upstream SESSIONS = new Upstream("session-service", URI.create("http://localhost:8082/"),
            List.of("sessions", "treatment-plans"));
    private final RouteTable table = RouteTable.of(List.of(PATIENTS, SESSIONS));

    @ParameterizedTest
    @CsvSource({
            "/api/v1/patients, patient-service",
            "/api/v1/patients/, patient-service",
            "/api/v1/patients/42/consents, patient-service",
            "/api/v1/treatment-plans/7, session-service",
            "/api/v1/sessions, session-service",
    })
    void routesByFirstSegment(String path, String service) {
        assertThat(table.route(path)).map(Upstream::name).contains(service);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1", "/api/v1/", "/api/v1//patients", "/api/v1/patientsx", "/api/v1/Patients",
            "/api/v2/patients", "/patients", "/q/health" })
    void routesNothingElse(String path) {
        assertThat(table.route(path)).isEmpty();
    }

    @Test
    void refusesSegmentRoutedTwice() {
        Upstream other = new Upstream("booking-service", URI.create("http://localhost:8083"), List.of("patients"));
        assertThatThrownBy(() -> RouteTable.of(List.of(PATIENTS, other)))
                .hasMessageContaining("/api/v1/patients")
                .hasMessageContaining("patient-service")
                .hasMessageContaining("booking-service");
    }

    @ParameterizedTest
    @ValueSource(strings = { "localhost:8081", "ftp://localhost:8081", "http://localhost:8081/api",
            "http://localhost:8081?x=1", "http://user@localhost:8081" })
    void refusesUrlThatIsNotSchemeHostPort(String url) {
        assertThatThrownBy(() -> new Upstream("patient-service", URI.create(url), List.of("patients")))
                .hasMessageContaining("gateway.routes.patient-service.url");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "Patients", "patients/x", "-patients", "api v1" })
    void refusesPrefixThatIsNotOneSegment(String prefix) {
        assertThatThrownBy(() -> new Upstream("patient-service", URI.create("http://localhost:8081"), List.of(prefix)))
                .hasMessageContaining("gateway.routes.patient-service.prefixes");
    }

    @Test
    void defaultsPortToTheScheme() {
        assertThat(new Upstream("a", URI.create("http://patients"), List.of("a")).port()).isEqualTo(80);
        Upstream tls = new Upstream("b", URI.create("https://patients"), List.of("b"));
        assertThat(tls.port()).isEqualTo(443);
        assertThat(tls.ssl()).isTrue();
    }
}
