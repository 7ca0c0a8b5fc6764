package dev.clinic.booking.rest;

import static dev.clinic.booking.rest.PractitionerFixtures.PRACTITIONERS;
import static dev.clinic.booking.rest.PractitionerFixtures.PROBLEM;
import static dev.clinic.booking.rest.PractitionerFixtures.create;
import static dev.clinic.booking.rest.PractitionerFixtures.insertPractitioner;
import static dev.clinic.booking.rest.PractitionerFixtures.practitioner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class PractitionerResourceTest {

    static final String CLINIC = "practitioners-b";

    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void adminCreatesAndReadsAPractitionerWithoutALogin() {
        Map<String, Object> body = practitioner("Dana");
        body.put("email", "Dana." + UUID.randomUUID() + "@Clinic.Example");
        body.put("createLogin", false);
        Response created = given().contentType(ContentType.JSON).body(body)
                .when().post(PRACTITIONERS)
                .then().statusCode(201)
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("givenName", equalTo("Dana"))
                .body("email", equalTo(((String) body.get("email")).toLowerCase()))
                .body("modalities", equalTo(List.of("DRY_NEEDLING")))
                .body("massageTechniques", equalTo(List.of()))
                .body("languages", equalTo(List.of("en", "es")))
                .body("treatsMigraine", equalTo(true))
                .body("acceptsInsurance", equalTo(false))
                .body("active", equalTo(true))
                .body("$", not(hasKey("keycloakUserId")))
                .body("$", not(hasKey("temporaryPassword")))
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).isEqualTo(PRACTITIONERS + "/" + id);

        given().when().get(PRACTITIONERS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("phone", equalTo("+1 813 555 0142"))
                .body("yearsExperience", equalTo(8));
        given().when().get(PRACTITIONERS).then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void invalidProfilesAreRefusedNamingTheField() {
        Map<String, Object> body = practitioner("Invalid");
        body.put("email", "not-an-email");
        body.put("modalities", List.of());
        body.put("yearsExperience", -1);
        body.put("languages", List.of("English"));
        given().contentType(ContentType.JSON).body(body)
                .when().post(PRACTITIONERS)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("email", "modalities", "yearsExperience", "languages[0]"));

        Map<String, Object> techniques = practitioner("Techniques");
        techniques.put("massageTechniques", List.of("SWEDISH"));
        given().contentType(ContentType.JSON).body(techniques)
                .when().post(PRACTITIONERS)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("massageTechniques")));

        Map<String, Object> unknownModality = practitioner("Reiki");
        unknownModality.put("modalities", List.of("REIKI"));
        given().contentType(ContentType.JSON).body(unknownModality)
                .when().post(PRACTITIONERS)
                .then().statusCode(400)
                .body("errors[0].message", equalTo("must be one of: DRY_NEEDLING, MASSAGE"));

        Map<String, Object> both = practitioner("Both");
        both.put("createLogin", true);
        both.put("existingLoginUsername", "needling-northside");
        given().contentType(ContentType.JSON).body(both)
                .when().post(PRACTITIONERS)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("existingLoginUsername")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void emailsAreUniquePerClinicIgnoringCase() {
        Map<String, Object> first = practitioner("Sam");
        String id = create(first);
        Map<String, Object> second = practitioner("Samuel");
        second.put("email", ((String) first.get("email")).toUpperCase());
        given().contentType(ContentType.JSON).body(second)
                .when().post(PRACTITIONERS)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/practitioner-email-taken"))
                .body("existingPractitionerId", equalTo(id));

        String other = create(practitioner("Other"));
        given().contentType(ContentType.JSON).body(second)
                .when().put(PRACTITIONERS + "/" + other)
                .then().statusCode(409)
                .body("existingPractitionerId", equalTo(id));
    }

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void idempotentCreateReplaysAndRefusesAnotherBody() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = practitioner("Once");
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(PRACTITIONERS)
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(PRACTITIONERS)
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(practitioner("Twice"))
                .when().post(PRACTITIONERS)
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/idempotency-key-reused"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void replaceHonoursIfMatchAndIsTheWholeProfile() {
        String id = create(practitioner("Versioned"));
        Map<String, Object> massage = practitioner("Versioned");
        massage.put("modalities", List.of("MASSAGE", "DRY_NEEDLING"));
        massage.put("massageTechniques", List.of("SWEDISH", "CRANIOSACRAL"));
        massage.remove("phone");
        massage.remove("treatsMigraine");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(massage)
                .when().put(PRACTITIONERS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("modalities", equalTo(List.of("DRY_NEEDLING", "MASSAGE")))
                .body("massageTechniques", equalTo(List.of("CRANIOSACRAL", "SWEDISH")))
                .body("$", not(hasKey("phone")))
                .body("treatsMigraine", equalTo(false));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(practitioner("Lost"))
                .when().put(PRACTITIONERS + "/" + id)
                .then().statusCode(412)
                .contentType(PROBLEM);
        given().when().get(PRACTITIONERS + "/" + id).then().body("givenName", equalTo("Versioned"));

        Map<String, Object> withLogin = practitioner("Login");
        withLogin.put("createLogin", true);
        given().contentType(ContentType.JSON).body(withLogin)
                .when().put(PRACTITIONERS + "/" + id)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("createLogin")));

        // a body read back (server-owned fields included) may be sent again; unchanged, it moves nothing
        Map<?, ?> readBack = given().when().get(PRACTITIONERS + "/" + id).then().extract().as(Map.class);
        given().contentType(ContentType.JSON).body(readBack)
                .when().put(PRACTITIONERS + "/" + id)
                .then().statusCode(200)
                .body("version", equalTo(1));
    }

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void deactivationHidesFromPlainListsAndIsRepeatable() {
        String id = create(practitioner("Leaving"));
        given().header("If-Match", "\"7\"").when().post(PRACTITIONERS + "/" + id + "/deactivate")
                .then().statusCode(412).contentType(PROBLEM);
        given().header("If-Match", "\"0\"").when().post(PRACTITIONERS + "/" + id + "/deactivate")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("active", equalTo(false));
        // again: unchanged, same version
        given().when().post(PRACTITIONERS + "/" + id + "/deactivate")
                .then().statusCode(200)
                .header("ETag", "\"1\"");
        given().queryParam("limit", 200).when().get(PRACTITIONERS)
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().queryParam("includeInactive", true).queryParam("limit", 200).when().get(PRACTITIONERS)
                .then().statusCode(200).body("items.id", hasItem(id));
        given().queryParam("updatedSince", "2020-01-01T00:00:00Z").queryParam("limit", 200).when().get(PRACTITIONERS)
                .then().statusCode(200).body("items.id", hasItem(id));

        given().when().post(PRACTITIONERS + "/" + id + "/reactivate")
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("active", equalTo(true));
    }

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void unknownOrOtherClinicsPractitionerIs404() throws SQLException {
        UUID elsewhere = insertPractitioner(dataSource, "another-clinic-b", true, null);
        for (UUID id : List.of(UUID.randomUUID(), elsewhere)) {
            given().when().get(PRACTITIONERS + "/" + id).then().statusCode(404).contentType(PROBLEM)
                    .body("detail", equalTo("Practitioner " + id + " was not found"));
            given().contentType(ContentType.JSON).body(practitioner("Ghost"))
                    .when().put(PRACTITIONERS + "/" + id).then().statusCode(404);
            given().when().post(PRACTITIONERS + "/" + id + "/deactivate").then().statusCode(404);
            given().when().post(PRACTITIONERS + "/" + id + "/reactivate").then().statusCode(404);
        }
    }

    @Test
    void anonymousCallerGets401() {
        String id = UUID.randomUUID().toString();
        given().when().get(PRACTITIONERS).then().statusCode(401).contentType(PROBLEM);
        given().when().get(PRACTITIONERS + "/" + id).then().statusCode(401);
        given().contentType(ContentType.JSON).body(practitioner("Anon")).when().post(PRACTITIONERS).then().statusCode(401);
        given().contentType(ContentType.JSON).body(practitioner("Anon")).when().put(PRACTITIONERS + "/" + id)
                .then().statusCode(401);
        given().when().post(PRACTITIONERS + "/" + id + "/deactivate").then().statusCode(401);
        given().when().post(PRACTITIONERS + "/" + id + "/reactivate").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void frontDeskReadsButDoesNotChange() throws SQLException {
        staffReadsButDoesNotChange();
    }

    @Test
    @TestSecurity(user = "needling", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void practitionerReadsButDoesNotChange() throws SQLException {
        staffReadsButDoesNotChange();
    }

    @Test
    @TestSecurity(user = "ehr-sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void integratorReadsButDoesNotChange() throws SQLException {
        staffReadsButDoesNotChange();
    }

    private void staffReadsButDoesNotChange() throws SQLException {
        String id = insertPractitioner(dataSource, CLINIC, true, "kc-" + UUID.randomUUID()).toString();
        given().queryParam("limit", 200).when().get(PRACTITIONERS).then().statusCode(200).body("items.id", hasItem(id));
        given().when().get(PRACTITIONERS + "/" + id)
                .then().statusCode(200)
                .body("email", notNullValue())
                .body("keycloakUserId", notNullValue());
        refusedChanges(id);
    }

    @Test
    @TestSecurity(user = "patient", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC),
            @Claim(key = "patient_id", value = "00000000-0000-0000-0000-000000000001") })
    void patientsSeeThePublicProfileOfActivePractitionersOnly() throws SQLException {
        String active = insertPractitioner(dataSource, CLINIC, true, "kc-" + UUID.randomUUID()).toString();
        String inactive = insertPractitioner(dataSource, CLINIC, false, null).toString();
        given().when().get(PRACTITIONERS + "/" + active)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("givenName", equalTo("Seeded"))
                .body("$", not(hasKey("email")))
                .body("$", not(hasKey("phone")))
                .body("$", not(hasKey("keycloakUserId")));
        given().when().get(PRACTITIONERS + "/" + inactive).then().statusCode(404);
        for (String query : List.of("includeInactive=true", "updatedSince=2020-01-01T00:00:00Z")) {
            given().when().get(PRACTITIONERS + "?limit=200&" + query)
                    .then().statusCode(200)
                    .body("items.id", hasItem(active))
                    .body("items.id", not(hasItem(inactive)))
                    .body("items.email", not(hasItem(notNullValue())));
        }
        refusedChanges(active);
    }

    @Test
    @TestSecurity(user = "stranger", roles = "offline_access")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void tokenWithoutAClinicRoleMayNotEvenRead() {
        given().when().get(PRACTITIONERS).then().statusCode(403).contentType(PROBLEM);
        given().when().get(PRACTITIONERS + "/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void listsPageByCursorWithALink() {
        for (int i = 0; i < 3; i++) {
            create(practitioner("Paged"));
        }
        Response first = given().queryParam("limit", 2).when().get(PRACTITIONERS)
                .then().statusCode(200).body("items.size()", equalTo(2)).extract().response();
        String cursor = first.path("nextCursor");
        assertThat(cursor).isNotNull();
        assertThat(first.header("Link")).contains("cursor=").endsWith("rel=\"next\"");
        List<String> next = given().queryParam("limit", 2).queryParam("cursor", cursor).when().get(PRACTITIONERS)
                .then().statusCode(200).extract().path("items.id");
        assertThat(next).doesNotContainAnyElementsOf(first.path("items.id"));
        given().queryParam("limit", 0).when().get(PRACTITIONERS)
                .then().statusCode(400).body("errors.field", equalTo(List.of("limit")));
    }

    static final String ME = PRACTITIONERS + "/me";
    static final String NOT_LINKED = "Your login is not linked to a practitioner of this clinic";

    /** /me is the record whose login is the token's subject (not its username); same body and ETag as /{id}. */
    @Test
    @TestSecurity(user = "needling-me", roles = "practitioner")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC),
            @Claim(key = "sub", value = "7a1e5c9d-3b2f-4a6e-8d0c-1f2e3d4c5b6a") })
    void practitionerReadsTheirOwnRecord() throws SQLException {
        String id = insertPractitioner(dataSource, CLINIC, true, "7a1e5c9d-3b2f-4a6e-8d0c-1f2e3d4c5b6a").toString();
        insertPractitioner(dataSource, CLINIC, true, "needling-me");
        Response me = given().when().get(ME).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("keycloakUserId", equalTo("7a1e5c9d-3b2f-4a6e-8d0c-1f2e3d4c5b6a"))
                .body("email", notNullValue())
                .extract().response();
        Response byId = given().when().get(PRACTITIONERS + "/" + id).then().statusCode(200).extract().response();
        assertThat(me.header("ETag")).isEqualTo(byId.header("ETag"));
        assertThat(me.as(Map.class)).isEqualTo(byId.as(Map.class));
        // a read of a record that is not a patient's: not audited, like GET /practitioners/{id}
        assertThat(PractitionerFixtures.count(dataSource, "select count(*) from audit_event where resource_id = ?",
                UUID.fromString(id))).isZero();
    }

    @Test
    @TestSecurity(user = "admin-me", roles = "clinic-admin")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC),
            @Claim(key = "sub", value = "2c4e6a8b-0d1f-4c3e-9a5b-7d9f1b3d5e7a") })
    void clinicAdminWhoTreatsReadsTheirOwnRecordEvenWhenInactive() throws SQLException {
        String id = insertPractitioner(dataSource, CLINIC, false, "2c4e6a8b-0d1f-4c3e-9a5b-7d9f1b3d5e7a").toString();
        given().when().get(ME).then().statusCode(200).header("ETag", "\"0\"")
                .body("id", equalTo(id)).body("active", equalTo(false));
    }

    /** No record with the login, or only one in another clinic: 404 saying so. */
    @Test
    @TestSecurity(user = "needling-elsewhere", roles = "practitioner")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC),
            @Claim(key = "sub", value = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a") })
    void loginWithoutARecordInTheClinicIs404() throws SQLException {
        given().when().get(ME).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/not-found"))
                .body("detail", equalTo(NOT_LINKED));
        insertPractitioner(dataSource, "another-clinic-b", true, "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a");
        given().when().get(ME).then().statusCode(404).body("detail", equalTo(NOT_LINKED));
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void frontDeskHasNoOwnRecord() {
        given().when().get(ME).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "ehr-sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void integratorHasNoOwnRecord() {
        given().when().get(ME).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "patient", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC),
            @Claim(key = "patient_id", value = "00000000-0000-0000-0000-000000000001") })
    void patientHasNoOwnPractitionerRecord() {
        given().when().get(ME).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void anonymousCallerGets401ForMe() {
        given().when().get(ME).then().statusCode(401).contentType(PROBLEM);
    }

    private static void refusedChanges(String id) {
        given().contentType(ContentType.JSON).body(practitioner("Not mine")).when().post(PRACTITIONERS)
                .then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(practitioner("Not mine")).when().put(PRACTITIONERS + "/" + id)
                .then().statusCode(403);
        given().when().post(PRACTITIONERS + "/" + id + "/deactivate").then().statusCode(403);
        given().when().post(PRACTITIONERS + "/" + id + "/reactivate").then().statusCode(403);
    }
}
