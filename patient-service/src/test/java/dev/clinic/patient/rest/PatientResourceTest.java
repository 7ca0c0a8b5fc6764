package dev.clinic.patient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

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
class PatientResourceTest {

    static final String PATIENTS = "/api/v1/patients";
    static final String PROBLEM = "application/problem+json";

    static Map<String, Object> patient(String familyName) {
        return Map.of("givenName", "Maria", "familyName", familyName, "birthDate", "1988-04-12", "sex", "female",
                "email", "maria@example.com", "phone", "+1 305 555 0142");
    }

    static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(PATIENTS)
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void frontDeskRegistersAndReadsAPatient() {
        Response created = given().contentType(ContentType.JSON).body(patient("Lopez"))
                .when().post(PATIENTS)
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("familyName", equalTo("Lopez"))
                .body("birthDate", equalTo("1988-04-12"))
                .body("sex", equalTo("female"))
                .body("createdAt", notNullValue())
                .body("archivedAt", nullValue())
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).isEqualTo(PATIENTS + "/" + id);

        given().when().get(PATIENTS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("givenName", equalTo("Maria"))
                .body("phone", equalTo("+1 305 555 0142"));
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void serverOwnedFieldsInTheBodyAreIgnoredAndTyposRejected() {
        String sentId = UUID.randomUUID().toString();
        Map<String, Object> body = new java.util.HashMap<>(patient("Mass"));
        body.putAll(Map.of("id", sentId, "clinicId", "harbour", "version", 7, "createdAt", "2001-01-01T00:00:00Z",
                "archivedAt", "2001-01-01T00:00:00Z"));
        Response created = given().contentType(ContentType.JSON).body(body)
                .when().post(PATIENTS)
                .then().statusCode(201)
                .body("id", not(equalTo(sentId)))
                .body("version", equalTo(0))
                .body("archivedAt", nullValue())
                .extract().response();
        assertThat((String) created.path("createdAt")).doesNotStartWith("2001");
        // still this clinic's record
        given().when().get(PATIENTS + "/" + created.path("id")).then().statusCode(200);

        Map<String, Object> typo = new java.util.HashMap<>(patient("Typo"));
        typo.put("famillyName", "Typo");
        given().contentType(ContentType.JSON).body(typo)
                .when().post(PATIENTS)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("famillyName"));
    }

    @Test
    void anonymousCallerGets401Problem() {
        given().when().get(PATIENTS)
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("type", equalTo("https://clinic.dev/problems/unauthorized"))
                .body("instance", equalTo(PATIENTS));
    }

    @Test
    @TestSecurity(user = "sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void integratorMayReadButNotWrite() {
        given().when().get(PATIENTS).then().statusCode(200);
        given().contentType(ContentType.JSON).body(patient("Nope"))
                .when().post(PATIENTS)
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/forbidden"));
    }

    @Test
    @TestSecurity(user = "stray", roles = "front-desk")
    void tokenWithoutClinicIsForbiddenEverywhere() {
        given().when().get(PATIENTS)
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("detail", equalTo("The access token carries no clinic_id claim, so it belongs to no clinic"));
        given().contentType(ContentType.JSON).body(patient("Nowhere"))
                .when().post(PATIENTS)
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void unknownPatientIs404Problem() {
        UUID id = UUID.randomUUID();
        given().when().get(PATIENTS + "/" + id)
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("detail", equalTo("Patient " + id + " was not found"));
        given().when().get(PATIENTS + "/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "patient", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = "northside"),
            @Claim(key = "patient_id", value = "00000000-0000-0000-0000-000000000001") })
    void patientCannotListOrReadOthers() {
        given().when().get(PATIENTS).then().statusCode(403).contentType(PROBLEM);
        given().when().get(PATIENTS + "/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(patient("Self"))
                .when().post(PATIENTS).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void replaceHonoursIfMatch() {
        String id = create(patient("Versioned"));
        Map<String, Object> renamed = new java.util.HashMap<>(patient("Renamed"));

        Response updated = given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(renamed)
                .when().put(PATIENTS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("familyName", equalTo("Renamed"))
                .body("version", equalTo(1))
                .extract().response();
        assertThat((String) updated.path("updatedAt")).isNotEqualTo(updated.path("createdAt"));

        // A second writer still holding version 0 must not overwrite the first one's change.
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(patient("Lost update"))
                .when().put(PATIENTS + "/" + id)
                .then().statusCode(412)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/precondition-failed"));
        given().when().get(PATIENTS + "/" + id).then().body("familyName", equalTo("Renamed"));

        // Without If-Match the replace is unconditional.
        given().contentType(ContentType.JSON).body(patient("Last"))
                .when().put(PATIENTS + "/" + id)
                .then().statusCode(200).header("ETag", "\"2\"");
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "northside"))
    void requestIdIsEchoedOrCreated() {
        given().header("X-Request-Id", "trace-abc.123").when().get(PATIENTS + "/" + UUID.randomUUID())
                .then().statusCode(404)
                .header("X-Request-Id", "trace-abc.123")
                .body("requestId", equalTo("trace-abc.123"));
        Response generated = given().header("X-Request-Id", "bad id with spaces <script>")
                .when().get(PATIENTS + "/" + UUID.randomUUID())
                .then().statusCode(404).extract().response();
        String id = generated.header("X-Request-Id");
        assertThat(id).matches("[0-9a-f\\-]{36}");
        assertThat((String) generated.path("requestId")).isEqualTo(id);
        given().when().get(PATIENTS).then().statusCode(200).header("X-Request-Id", not(equalTo(id)));
    }
}
