package dev.clinic.patient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdempotencyTest {

    static final String SHARED_KEY = "shared-" + UUID.randomUUID();
    static String firstClinicsPatient;

    static Response post(String key, Object body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(PatientResourceTest.PATIENTS);
    }

    static int count(String familyName) {
        List<String> names = given().when().get(PatientResourceTest.PATIENTS + "?limit=200")
                .then().statusCode(200).extract().path("items.familyName");
        return (int) names.stream().filter(familyName::equals).count();
    }

    @Test
    @Order(1)
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "idem-a"))
    void repeatReturnsTheFirstAnswerAndStoresOneRecord() {
        String key = UUID.randomUUID().toString();
        Response first = post(key, PatientResourceTest.patient("Once")).then().statusCode(201).extract().response();
        Response again = post(key, PatientResourceTest.patient("Once")).then().statusCode(201).extract().response();
        assertThat((String) again.path("id")).isEqualTo(first.path("id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(count("Once")).isEqualTo(1);

        post(key, PatientResourceTest.patient("Different"))
                .then().statusCode(422)
                .contentType(PatientResourceTest.PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/idempotency-key-reused"));
        assertThat(count("Different")).isZero();
    }

    @Test
    @Order(2)
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "idem-a"))
    void parallelRepeatsMakeOneRecord() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> calls = IntStream.range(0, 6).<Callable<String>>mapToObj(i -> () ->
                    post(key, PatientResourceTest.patient("Racing")).then().statusCode(201).extract().path("id"))
                    .toList();
            List<String> ids = pool.invokeAll(calls).stream().map(IdempotencyTest::get).distinct().toList();
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("Racing")).isEqualTo(1);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "idem-a"))
    void firstClinicUsesAKey() {
        firstClinicsPatient = post(SHARED_KEY, PatientResourceTest.patient("Shared")).then().statusCode(201)
                .extract().path("id");
    }

    @Test
    @Order(4)
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "idem-b"))
    void anotherClinicWithTheSameKeyGetsItsOwnRecord() {
        String id = post(SHARED_KEY, PatientResourceTest.patient("Shared")).then().statusCode(201)
                .extract().path("id");
        assertThat(id).isNotEqualTo(firstClinicsPatient);
        given().when().get(PatientResourceTest.PATIENTS + "/" + firstClinicsPatient).then().statusCode(404);
    }

    @Test
    @Order(5)
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "idem-a"))
    void keyMustBeSane() {
        post("x".repeat(300), PatientResourceTest.patient("Long"))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    private static String get(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
