package dev.clinic.session.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The document names every treatment-plan operation and lists every answer it can give. */
@QuarkusTest
class TreatmentPlanOpenApiTest {

    @Test
    void planOperationsAreNamedAndListTheirAnswers() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/treatment-plans'.post.operationId", equalTo("createTreatmentPlan"))
                .body("paths.'/api/v1/treatment-plans'.get.operationId", equalTo("listTreatmentPlans"))
                .body("paths.'/api/v1/treatment-plans/{id}'.get.operationId", equalTo("getTreatmentPlan"))
                .body("paths.'/api/v1/treatment-plans/{id}'.put.operationId", equalTo("replaceTreatmentPlan"))
                .body("paths.'/api/v1/treatment-plans'.post.responses.keySet()",
                        containsInAnyOrder("201", "400", "401", "403", "404", "409", "422", "503"))
                .body("paths.'/api/v1/treatment-plans'.get.responses.keySet()",
                        containsInAnyOrder("200", "400", "401", "403", "404"))
                .body("paths.'/api/v1/treatment-plans/{id}'.get.responses.keySet()",
                        containsInAnyOrder("200", "401", "403", "404"))
                .body("paths.'/api/v1/treatment-plans/{id}'.put.responses.keySet()",
                        containsInAnyOrder("200", "400", "401", "403", "404", "409", "412"))
                .body("paths.'/api/v1/treatment-plans/{id}'.put.responses.'409'.content.'application/problem+json'"
                        + ".examples.'treatment-plan-closed'", notNullValue())
                .body("components.schemas.TreatmentPlanRequest.required",
                        containsInAnyOrder("patientId", "modality", "startDate"))
                .body("components.schemas.TreatmentPlan.properties.keySet()",
                        hasItems("id", "version", "patientId", "practitionerId", "modality", "goals", "diagnosisCodes",
                                "plannedSessions", "sessionsPerWeek", "startDate", "reviewDate", "status", "progress"))
                .body("components.schemas.PlanProgress.properties.keySet()",
                        containsInAnyOrder("sessionsSigned", "sessionsRemaining", "nextReviewDue"))
                .body("components.schemas.TreatmentPlanStatus.enum",
                        containsInAnyOrder("ACTIVE", "COMPLETED", "DISCONTINUED"));
    }
}
