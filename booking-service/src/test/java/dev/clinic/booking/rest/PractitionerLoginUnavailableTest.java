package dev.clinic.booking.rest;

import static dev.clinic.booking.rest.PractitionerFixtures.PRACTITIONERS;
import static dev.clinic.booking.rest.PractitionerFixtures.PROBLEM;
import static dev.clinic.booking.rest.PractitionerFixtures.count;
import static dev.clinic.booking.rest.PractitionerFixtures.insertPractitioner;
import static dev.clinic.booking.rest.PractitionerFixtures.practitioner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/** Keycloak down (nothing listens on the port): login changes fail fast with 503 and store nothing. */
@QuarkusTest
@TestProfile(PractitionerLoginUnavailableTest.KeycloakDown.class)
class PractitionerLoginUnavailableTest {

    static final String CLINIC = "logins-down-b";

    public static class KeycloakDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("clinic.keycloak.realm-url", "http://127.0.0.1:1/realms/clinic",
                    "clinic.keycloak.timeout", "2S");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void createWithALoginIs503AndStoresNothing() throws SQLException {
        Map<String, Object> body = practitioner("NoLogin");
        body.put("createLogin", true);
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(PRACTITIONERS)
                .then().statusCode(503)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/service-unavailable"))
                .body("detail", equalTo("The identity provider (Keycloak) is unavailable; nothing was changed, "
                        + "try again shortly"));
        assertThat(count(dataSource, "select count(*) from practitioner where email = ?", body.get("email"))).isZero();

        // The failed request did not use up its key: once Keycloak is back (here: without a login) it works.
        body.put("createLogin", false);
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .when().post(PRACTITIONERS)
                .then().statusCode(201);

        Map<String, Object> linking = practitioner("Linking");
        linking.put("existingLoginUsername", "needling-" + CLINIC);
        given().contentType(ContentType.JSON).body(linking)
                .when().post(PRACTITIONERS)
                .then().statusCode(503);
    }

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void deactivatingAPractitionerWithALoginIs503AndChangesNothing() throws SQLException {
        UUID id = insertPractitioner(dataSource, CLINIC, true, UUID.randomUUID().toString());
        given().when().post(PRACTITIONERS + "/" + id + "/deactivate")
                .then().statusCode(503)
                .contentType(PROBLEM);
        given().when().get(PRACTITIONERS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("active", equalTo(true));

        // Without a login, Keycloak is not needed.
        UUID withoutLogin = insertPractitioner(dataSource, CLINIC, true, null);
        given().when().post(PRACTITIONERS + "/" + withoutLogin + "/deactivate")
                .then().statusCode(200)
                .body("active", equalTo(false));
    }
}
