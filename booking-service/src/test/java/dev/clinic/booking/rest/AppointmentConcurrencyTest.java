package dev.clinic.booking.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.clinic.booking.client.FakePatientService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Done-when 3: concurrent bookings of one slot; the database lets exactly one through. */
@QuarkusTest
@QuarkusTestResource(FakePatientService.class)
@TestSecurity(user = "frontdesk", roles = "front-desk")
@OidcSecurity(claims = @Claim(key = "clinic_id", value = "appointments-race"))
class AppointmentConcurrencyTest {

    private static final String CLINIC = "appointments-race";
    private static final int REQUESTS = 50;

    @Inject
    AppointmentFixtures fixtures;

    @Test
    void fiftyPatientsForOnePractitionersSlotMakeOneAppointment() throws Exception {
        UUID location = fixtures.location(CLINIC);
        UUID type = fixtures.dryNeedlingType(CLINIC);
        UUID practitioner = fixtures.needlingPractitioner(CLINIC, location, null);
        long before = fixtures.countAppointments(CLINIC);

        List<Response> answers = race(i -> body(UUID.randomUUID(), practitioner, type, location,
                // every start overlaps the others' 40 minutes held (30 + 10 buffer)
                i % 2 == 0 ? "2030-01-07T10:00:00Z" : "2030-01-07T10:15:00Z"));

        assertOneWinner(answers, "practitioner");
        assertThat(fixtures.countAppointments(CLINIC)).isEqualTo(before + 1);
    }

    @Test
    void onePatientWithTwoPractitionersAtOnceMakesOneAppointment() throws Exception {
        UUID location = fixtures.location(CLINIC);
        UUID type = fixtures.dryNeedlingType(CLINIC);
        UUID first = fixtures.needlingPractitioner(CLINIC, location, null);
        UUID second = fixtures.needlingPractitioner(CLINIC, location, null);
        UUID patient = UUID.randomUUID();
        long before = fixtures.countAppointments(CLINIC);

        List<Response> answers = race(i -> body(patient, i % 2 == 0 ? first : second, type, location,
                "2030-01-08T11:00:00Z"));

        Response winner = assertOneWinner(answers, null);
        assertThat(answers).filteredOn(r -> r.statusCode() == 409)
                .allSatisfy(r -> assertThat(r.jsonPath().getString("resource")).isIn("patient", "practitioner"))
                .anySatisfy(r -> assertThat(r.jsonPath().getString("resource")).isEqualTo("patient"));
        assertThat(winner.jsonPath().getString("patientId")).isEqualTo(patient.toString());
        assertThat(fixtures.countAppointments(CLINIC)).isEqualTo(before + 1);
    }

    private static Response assertOneWinner(List<Response> answers, String resource) {
        assertThat(answers).hasSize(REQUESTS);
        List<Response> created = answers.stream().filter(r -> r.statusCode() == 201).toList();
        assertThat(created).hasSize(1);
        String winnerId = created.get(0).jsonPath().getString("id");
        assertThat(answers).filteredOn(r -> r.statusCode() != 201).hasSize(REQUESTS - 1).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.jsonPath().getString("type")).isEqualTo("https://clinic.dev/problems/overlap");
            assertThat(r.jsonPath().getString("blockingAppointmentId")).isEqualTo(winnerId);
            if (resource != null) {
                assertThat(r.jsonPath().getString("resource")).isEqualTo(resource);
            }
        });
        return created.get(0);
    }

    private static List<Response> race(java.util.function.IntFunction<Map<String, Object>> bodies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                Map<String, Object> body = bodies.apply(i);
                Callable<Response> call = () -> {
                    start.await();
                    return given().contentType(ContentType.JSON).body(body).post("/api/v1/appointments");
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    static Map<String, Object> body(UUID patient, UUID practitioner, UUID type, UUID location, String start) {
        return Map.of("patientId", patient, "practitionerId", practitioner, "appointmentTypeId", type,
                "locationId", location, "start", start);
    }
}
