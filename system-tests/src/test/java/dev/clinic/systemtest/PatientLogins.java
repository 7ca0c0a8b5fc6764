package dev.clinic.systemtest;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A patient login of its own for a patient record a test just registered, made through Keycloak's
 * admin API the way an onboarding flow would: a user of the clinic's realm with role {@code patient}
 * and the {@code clinic_id} and {@code patient_id} attributes. Uses the local dev realm's master
 * admin (CLINIC_KEYCLOAK_ADMIN / CLINIC_KEYCLOAK_ADMIN_PASSWORD, default admin/admin).
 */
final class PatientLogins {

    private PatientLogins() {
    }

    /** Creates the login and returns an access token of it. */
    static String tokenFor(String clinicId, String patientId) {
        String admin = adminToken();
        String base = StackConfig.oidcUrl().replace("/realms/", "/admin/realms/");
        String username = "patient-test-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();

        Response created = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of(
                        "username", username,
                        "enabled", true,
                        "email", username + "@" + clinicId + ".example",
                        "emailVerified", true,
                        "firstName", "Test",
                        "lastName", "Patient",
                        "attributes", Map.of("clinic_id", List.of(clinicId), "patient_id", List.of(patientId)),
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post(base + "/users");
        expect(created, 201, "create user");
        String location = created.header("Location");
        String userId = location.substring(location.lastIndexOf('/') + 1);

        Response role = given().auth().oauth2(admin).get(base + "/roles/patient");
        expect(role, 200, "read role patient");
        Response mapped = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(List.of(Map.of("id", role.path("id"), "name", "patient")))
                .post(base + "/users/" + userId + "/role-mappings/realm");
        expect(mapped, 204, "grant role patient");

        Response token = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "clinic-cli")
                .formParam("username", username)
                .formParam("password", password)
                .post(StackConfig.oidcUrl() + "/protocol/openid-connect/token");
        expect(token, 200, "token of " + username);
        return token.path("access_token");
    }

    private static String adminToken() {
        String realmBase = StackConfig.oidcUrl().substring(0, StackConfig.oidcUrl().indexOf("/realms/"));
        Response token = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", setting("CLINIC_KEYCLOAK_ADMIN", "admin"))
                .formParam("password", setting("CLINIC_KEYCLOAK_ADMIN_PASSWORD", "admin"))
                .post(realmBase + "/realms/master/protocol/openid-connect/token");
        expect(token, 200, "master admin token");
        return token.path("access_token");
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void expect(Response response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Keycloak: " + what + " answered HTTP " + response.statusCode() + " "
                    + response.asString());
        }
    }
}
