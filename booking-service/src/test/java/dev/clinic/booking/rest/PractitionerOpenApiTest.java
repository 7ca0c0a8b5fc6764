package dev.clinic.booking.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every answer of the practitioner operations is in the document integrators generate clients from. */
@QuarkusTest
class PractitionerOpenApiTest {

    @Test
    void practitionerOperationsListTheirAnswers() {
        String p = "paths.'/api/v1/practitioners";
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(p + "'.post.operationId", equalTo("createPractitioner"))
                .body(p + "'.post.responses.keySet()",
                        containsInAnyOrder("201", "400", "401", "403", "409", "422", "503"))
                .body(p + "'.get.responses.keySet()", containsInAnyOrder("200", "400", "401", "403"))
                .body(p + "/{id}'.get.responses.keySet()", containsInAnyOrder("200", "401", "403", "404"))
                // PractitionerResourceTest: practitionerReadsTheirOwnRecord 200, anonymousCallerGets401ForMe 401,
                // frontDesk/integrator/patientHasNoOwnRecord 403, loginWithoutARecordInTheClinicIs404 404
                .body(p + "/me'.get.operationId", equalTo("getOwnPractitioner"))
                .body(p + "/me'.get.responses.keySet()", containsInAnyOrder("200", "401", "403", "404"))
                .body(p + "/me'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/Practitioner"))
                .body(p + "/{id}'.put.responses.keySet()",
                        containsInAnyOrder("200", "400", "401", "403", "404", "409", "412"))
                .body(p + "/{id}/deactivate'.post.responses.keySet()",
                        containsInAnyOrder("200", "401", "403", "404", "412", "503"))
                .body(p + "/{id}/reactivate'.post.responses.keySet()",
                        containsInAnyOrder("200", "401", "403", "404", "412", "503"))
                .body(p + "/{practitionerId}/credentials'.post.responses.keySet()",
                        containsInAnyOrder("201", "400", "401", "403", "404", "422"))
                .body(p + "/{practitionerId}/credentials'.post.responses.'400'.content.'application/problem+json'"
                        + ".examples.'below-jurisdiction-minimum'.value.errors[0].field", equalTo("trainingHours"))
                .body(p + "/{practitionerId}/credentials/{credentialId}'.get.operationId", equalTo("getCredential"))
                .body(p + "/{practitionerId}/schedule'.put.responses.keySet()",
                        containsInAnyOrder("200", "400", "401", "403", "404", "412"))
                .body(p + "/{practitionerId}/time-off'.post.responses.keySet()",
                        containsInAnyOrder("201", "400", "401", "403", "404", "422"))
                .body(p + "/{practitionerId}/time-off/{timeOffId}'.get.operationId", equalTo("getTimeOff"))
                .body("components.schemas.Practitioner.properties.keySet()", hasItems("id", "version", "email",
                        "modalities", "massageTechniques", "active", "keycloakUserId", "temporaryPassword"))
                .body("components.schemas.PractitionerRequest.required",
                        containsInAnyOrder("givenName", "familyName", "email", "modalities"))
                .body("components.schemas.CredentialType.enum", hasItems("PT_LICENSE", "DRY_NEEDLING_CERT"));
    }
}
