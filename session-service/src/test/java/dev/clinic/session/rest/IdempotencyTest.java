package dev.clinic.session.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@TestSecurity(user = "needling-idem", roles = "practitioner")
@OidcSecurity(claims = @Claim(key = "clinic_id", value = "idem-clinic"))
class IdempotencyTest {

    static final String SESSIONS = TreatmentSessionResourceTest.SESSIONS;

    static Response post(String key, Object body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(SESSIONS);
    }

    static List<String> sessionsOf(String patient) {
        return given().when().get(SESSIONS + "?patientId=" + patient)
                .then().statusCode(200).extract().path("items.id");
    }

    @Test
    void repeatReturnsTheFirstAnswerAndRecordsOneSession() {
        String patient = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = TreatmentSessionResourceTest.dryNeedling(patient);
        Response first = post(key, body).then().statusCode(201).extract().response();
        Response again = post(key, body).then().statusCode(201).extract().response();
        assertThat((String) again.path("id")).isEqualTo(first.path("id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(sessionsOf(patient)).containsExactly((String) first.path("id"));

        Map<String, Object> changed = TreatmentSessionResourceTest.dryNeedling(patient);
        changed.put("painAfter", 2);
        post(key, changed)
                .then().statusCode(422)
                .contentType(TreatmentSessionResourceTest.PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/idempotency-key-reused"));
        assertThat(sessionsOf(patient)).hasSize(1);
    }
}
