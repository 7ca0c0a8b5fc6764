package dev.clinic.booking.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Clinic settings, rooms and appointment types in the document integrators generate clients from. */
@QuarkusTest
class ClinicSetupOpenApiTest {

    static final String PROBLEM = "'application/problem+json'";

    JsonPath document() {
        return given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyOperationHasItsIdAndListsItsAnswers() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/clinic'.get.operationId", equalTo("getClinicSettings"))
                .body("paths.'/api/v1/clinic'.get.responses.keySet()", containsInAnyOrder("200", "401", "403"))
                .body("paths.'/api/v1/clinic'.put.operationId", equalTo("replaceClinicSettings"))
                .body("paths.'/api/v1/clinic'.put.responses.keySet()",
                        containsInAnyOrder("200", "400", "401", "403", "412"))
                .body("paths.'/api/v1/locations/{id}/rooms'.post.operationId", equalTo("createRoom"))
                .body("paths.'/api/v1/locations/{id}/rooms'.post.responses.keySet()",
                        containsInAnyOrder("201", "400", "401", "403", "404", "409", "422"))
                .body("paths.'/api/v1/locations/{id}/rooms'.get.operationId", equalTo("listRooms"))
                .body("paths.'/api/v1/locations/{id}/rooms'.get.responses.keySet()",
                        containsInAnyOrder("200", "400", "401", "403", "404"))
                .body("paths.'/api/v1/locations/{id}/rooms/{roomId}'.get.operationId", equalTo("getRoom"))
                .body("paths.'/api/v1/locations/{id}/rooms/{roomId}'.get.responses.keySet()",
                        containsInAnyOrder("200", "401", "403", "404"))
                .body("paths.'/api/v1/appointment-types'.post.operationId", equalTo("createAppointmentType"))
                .body("paths.'/api/v1/appointment-types'.post.responses.keySet()",
                        containsInAnyOrder("201", "400", "401", "403", "422"))
                .body("paths.'/api/v1/appointment-types'.get.operationId", equalTo("listAppointmentTypes"))
                .body("paths.'/api/v1/appointment-types'.get.responses.keySet()",
                        containsInAnyOrder("200", "400", "401", "403"))
                .body("paths.'/api/v1/appointment-types/{id}'.get.operationId", equalTo("getAppointmentType"))
                .body("paths.'/api/v1/appointment-types/{id}'.get.responses.keySet()",
                        containsInAnyOrder("200", "401", "403", "404"))
                .body("paths.'/api/v1/appointment-types/{id}'.put.operationId", equalTo("replaceAppointmentType"))
                .body("paths.'/api/v1/appointment-types/{id}'.put.responses.keySet()",
                        containsInAnyOrder("200", "400", "401", "403", "404", "412"));
    }

    @Test
    void conflictsAndNotFoundsCarryExamples() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/locations/{id}/rooms'.post.responses.'409'.content." + PROBLEM
                        + ".examples.'room-name-taken'.value.existingRoomId", notNullValue())
                .body("paths.'/api/v1/locations/{id}/rooms'.post.responses.'404'.content." + PROBLEM
                        + ".examples.'not-found'.value.status", equalTo(404));
    }

    @Test
    void schemasDescribeFieldsEnumsAndRequiredOnes() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.schemas.ClinicSettings.properties.keySet()", hasItems("id", "version", "createdAt",
                        "updatedAt", "name", "timeZone", "jurisdiction", "cancellationWindowHours", "slotStepMinutes",
                        "currency"))
                .body("components.schemas.ClinicSettingsRequest.required", containsInAnyOrder("name", "timeZone"))
                .body("components.schemas.ClinicSettingsRequest.properties.slotStepMinutes.enum",
                        equalTo(List.of(5, 6, 10, 12, 15, 20, 30, 60)))
                .body("components.schemas.Room.properties.keySet()",
                        hasItems("id", "version", "createdAt", "updatedAt", "locationId", "name"))
                .body("components.schemas.RoomRequest.required", equalTo(List.of("name")))
                .body("components.schemas.AppointmentType.properties.keySet()", hasItems("id", "version", "name",
                        "modality", "massageTechnique", "durationMinutes", "bufferMinutes", "priceMinor", "currency",
                        "active"))
                .body("components.schemas.AppointmentTypeRequest.required",
                        containsInAnyOrder("name", "modality", "durationMinutes", "priceMinor"))
                .body("components.schemas.Modality.enum", equalTo(List.of("DRY_NEEDLING", "MASSAGE")))
                .body("components.schemas.MassageTechnique.enum",
                        equalTo(List.of("CRANIOSACRAL", "MYOFASCIAL_RELEASE", "NEUROMUSCULAR", "SWEDISH")));
    }

    /** Client generators name methods after operation ids: one clash and a generated client breaks. */
    @Test
    void operationIdsAreUnique() {
        JsonPath doc = document();
        List<String> ids = doc.getList("paths.collect { path -> path.value.collect { op -> op.value.operationId } }.flatten()");
        assertThat(ids).hasSizeGreaterThanOrEqualTo(13).doesNotContainNull().doesNotHaveDuplicates();
    }
}
