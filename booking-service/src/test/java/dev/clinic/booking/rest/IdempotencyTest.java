package dev.clinic.booking.rest;

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
@TestSecurity(user = "admin-idem", roles = "clinic-admin")
@OidcSecurity(claims = @Claim(key = "clinic_id", value = "idem-clinic"))
class IdempotencyTest {

    static final String LOCATIONS = LocationResourceTest.LOCATIONS;

    static Response post(String key, Object body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(LOCATIONS);
    }

    static long count(String name) {
        List<String> names = given().when().get(LOCATIONS + "?limit=200")
                .then().statusCode(200).extract().path("items.name");
        return names.stream().filter(name::equals).count();
    }

    @Test
    void repeatReturnsTheFirstAnswerAndStoresOneRecord() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "Retried", "timeZone", "America/New_York");
        Response first = post(key, body).then().statusCode(201).extract().response();
        // Without the key, this repeat would be a 409 (the name is taken); with it, it is the first answer.
        Response again = post(key, body).then().statusCode(201).extract().response();
        assertThat((String) again.path("id")).isEqualTo(first.path("id"));
        assertThat((String) again.path("name")).isEqualTo("Retried");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(count("Retried")).isEqualTo(1);

        post(key, Map.of("name", "Different"))
                .then().statusCode(422)
                .contentType(LocationResourceTest.PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/idempotency-key-reused"));
        assertThat(count("Different")).isZero();
    }

    @Test
    void aFailedCreationDoesNotUseUpTheKey() {
        LocationResourceTest.create(Map.of("name", "Occupied"));
        String key = UUID.randomUUID().toString();
        post(key, Map.of("name", "occupied")).then().statusCode(409);
        // The conflict rolled the key's claim back, so the corrected request may reuse the key (no 422).
        post(key, Map.of("name", "Occupied too")).then().statusCode(201);
        assertThat(count("Occupied too")).isEqualTo(1);
    }
}
