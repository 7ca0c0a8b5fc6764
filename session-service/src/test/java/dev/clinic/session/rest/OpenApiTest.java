package dev.clinic.session.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The document integrators generate clients from lists every answer an operation can give. */
@QuarkusTest
class OpenApiTest {

    @Test
    void sessionOperationsListTheirAnswers() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/sessions'.post.responses.keySet()",
                        containsInAnyOrder("201", "400", "401", "403", "422"))
                .body("paths.'/api/v1/sessions'.get.responses.keySet()",
                        containsInAnyOrder("200", "400", "401", "403"))
                .body("paths.'/api/v1/sessions/{id}'.get.responses.keySet()",
                        containsInAnyOrder("200", "401", "403", "404"))
                .body("components.schemas.TreatmentSessionRequest.required",
                        containsInAnyOrder("patientId", "modality", "startedAt"))
                .body("components.schemas.TreatmentSession.properties.keySet()",
                        hasItems("id", "version", "status", "practitionerId", "massageTechnique", "painAfter"))
                .body("components.schemas.MassageTechnique.enum",
                        containsInAnyOrder("CRANIOSACRAL", "MYOFASCIAL_RELEASE", "NEUROMUSCULAR", "SWEDISH"));
    }
}
