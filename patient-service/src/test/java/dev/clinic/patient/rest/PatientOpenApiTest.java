package dev.clinic.patient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The OpenAPI document is what integrators generate clients from: every patient operation and status is in it. */
@QuarkusTest
class PatientOpenApiTest {

    static JsonPath document() {
        return given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            "post ; /api/v1/patients ; 201 400 401 403 409 422",
            "get ; /api/v1/patients ; 200 400 401 403",
            "get ; /api/v1/patients/{id} ; 200 401 403 404",
            "put ; /api/v1/patients/{id} ; 200 400 401 403 404 409 412",
            "post ; /api/v1/patients/{id}/archive ; 200 401 403 404 412",
            "post ; /api/v1/patients/{id}/unarchive ; 200 401 403 404 412",
    })
    void everyOperationDocumentsItsStatuses(String method, String path, String statuses) {
        JsonPath doc = document();
        String operation = "paths.'" + path + "'." + method;
        assertThat(doc.getMap(operation)).containsKeys("summary", "description", "responses");
        assertThat(doc.getMap(operation + ".responses").keySet().stream().map(String::valueOf).toList())
                .containsExactlyInAnyOrder(statuses.split(" "));
    }

    @Test
    void searchParametersAndConflictAreDescribedWithExamples() {
        JsonPath doc = document();
        List<Map<String, Object>> parameters = doc.getList("paths.'/api/v1/patients'.get.parameters");
        for (String name : List.of("q", "birthDate", "externalId")) {
            assertThat(parameters).filteredOn(p -> name.equals(p.get("name"))).singleElement()
                    .satisfies(p -> assertThat(p).containsKeys("description", "example"));
        }
        Map<String, Object> conflict = doc.getMap("paths.'/api/v1/patients'.post.responses.'409'.content."
                + "'application/problem+json'.examples.external-id-taken");
        assertThat(conflict.get("value").toString()).contains("existingPatientId");
        assertThat(doc.getList("components.schemas.Sex.enum", String.class))
                .containsExactly("female", "male", "other", "unknown");
        assertThat(doc.getMap("components.schemas.Patient.properties"))
                .containsKeys("address", "emergencyContact", "externalIds", "archivedAt");
        assertThat(doc.getMap("components.schemas")).containsKeys("Address", "EmergencyContact", "ExternalId");
    }
}
