package dev.clinic.booking.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The document integrators generate clients from lists every answer an operation can give. */
@QuarkusTest
class OpenApiTest {

    @Test
    void locationOperationsListTheirAnswers() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/locations'.post.responses.keySet()",
                        containsInAnyOrder("201", "400", "401", "403", "409", "422"))
                .body("paths.'/api/v1/locations'.get.responses.keySet()",
                        containsInAnyOrder("200", "400", "401", "403"))
                .body("paths.'/api/v1/locations/{id}'.get.responses.keySet()",
                        containsInAnyOrder("200", "401", "403", "404"))
                .body("paths.'/api/v1/locations/{id}'.put.responses.keySet()",
                        containsInAnyOrder("200", "400", "401", "403", "404", "409", "412"))
                .body("paths.'/api/v1/locations'.post.responses.'409'.content.'application/problem+json'"
                        + ".examples.'location-name-taken'.value.existingLocationId", notNullValue())
                .body("components.schemas.Location.properties.keySet()",
                        hasItems("id", "version", "createdAt", "updatedAt", "name", "address", "timeZone"))
                .body("components.schemas.LocationRequest.required", equalTo(List.of("name")));
    }
}
