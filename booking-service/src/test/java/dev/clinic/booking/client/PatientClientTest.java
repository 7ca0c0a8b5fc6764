package dev.clinic.booking.client;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.clinic.booking.domain.Modality;
import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** PatientClient against a real HTTP server playing patient-service. */
@QuarkusTest
@QuarkusTestResource(FakePatientService.class)
@TestSecurity(user = "frontdesk", roles = "front-desk")
@OidcSecurity(claims = @Claim(key = "clinic_id", value = "client-test"))
class PatientClientTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-04");

    @Inject
    PatientClient client;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @ConfigProperty(name = "quarkus.rest-client.patient-service.url")
    String fakeUrl;

    @BeforeEach
    void closeCircuit() {
        circuitBreakers.resetAll();
    }

    @Test
    void eligiblePatient() {
        UUID patient = UUID.randomUUID();

        EligibilityAnswer answer = client.eligibility(patient, Modality.DRY_NEEDLING, DAY);

        assertThat(answer.eligible()).isTrue();
        assertThat(answer.patientId()).isEqualTo(patient);
        assertThat(answer.date()).isEqualTo(DAY);
        assertThat(answer.blockers()).isEmpty();
        // Token propagation is checked over HTTP, in AppointmentEligibilityTest: a direct bean call has no access token.
        assertThat(calls(patient).getInt("count")).isEqualTo(1);
    }

    @Test
    void ineligiblePatientKeepsTheReasons() {
        EligibilityAnswer answer = client.eligibility(FakePatientService.INELIGIBLE, Modality.DRY_NEEDLING, DAY);

        assertThat(answer.eligible()).isFalse();
        assertThat(answer.blockers()).containsExactly("CLINICAL_REVIEW_REQUIRED", "CONSENT_REQUIRED");
    }

    @Test
    void unknownOrForbiddenPatientIsNotFound() {
        for (UUID patient : new UUID[] { FakePatientService.UNKNOWN, FakePatientService.FORBIDDEN }) {
            assertThatThrownBy(() -> client.eligibility(patient, Modality.MASSAGE, DAY))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(404);
                        assertThat(e.code()).isEqualTo("not-found");
                        assertThat(e.getMessage()).isEqualTo("patientId: is not a patient of this clinic");
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("patientId");
                    });
        }
        // An answer is not a failure: never retried.
        assertThat(calls(FakePatientService.UNKNOWN).getInt("count")).isEqualTo(1);
    }

    @Test
    void serverErrorIsUnavailableWithoutRetry() {
        int before = calls(FakePatientService.BROKEN).getInt("count");

        assertUnavailable(FakePatientService.BROKEN);

        assertThat(calls(FakePatientService.BROKEN).getInt("count")).isEqualTo(before + 1);
    }

    @Test
    void droppedConnectionIsRetriedTwiceThenUnavailable() {
        int before = calls(FakePatientService.DROPPED).getInt("count");

        assertUnavailable(FakePatientService.DROPPED);

        assertThat(calls(FakePatientService.DROPPED).getInt("count")).isEqualTo(before + 3);
    }

    @Test
    void hangingServiceIsUnavailableWithinTheTimeout() {
        long started = System.nanoTime();

        assertUnavailable(FakePatientService.HANGING);

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        // It waits for the 2 s timeout, and not for ever; the upper bound is loose so a busy machine passes.
        assertThat(took).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(10));
    }

    @Test
    void openCircuitFailsFastEvenForHealthyPatients() {
        for (int i = 0; i < 10; i++) {
            assertUnavailable(FakePatientService.BROKEN);
        }
        UUID healthy = UUID.randomUUID();
        long started = System.nanoTime();

        assertUnavailable(healthy);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(calls(healthy).getInt("count")).isZero();
    }

    private void assertUnavailable(UUID patient) {
        assertThatThrownBy(() -> client.eligibility(patient, Modality.DRY_NEEDLING, DAY))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.code()).isEqualTo("service-unavailable");
                    assertThat(e.getMessage()).startsWith("patient-service is unavailable");
                });
    }

    private JsonPath calls(UUID patient) {
        return given().baseUri(fakeUrl).get("/calls/" + patient).then().statusCode(200).extract().jsonPath();
    }
}
