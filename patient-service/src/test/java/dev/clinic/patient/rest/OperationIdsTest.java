package dev.clinic.patient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Client generators name methods after operationIds: every operation has one, and no two share it. */
@QuarkusTest
class OperationIdsTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasItsOwnId() {
        Map<String, Map<String, Object>> paths = given().when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().path("paths");
        List<String> ids = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (operation instanceof Map<?, ?> op && op.containsKey("responses")) {
                assertThat(op.get("operationId")).as("%s %s", method, path).isNotNull();
                ids.add((String) op.get("operationId"));
            }
        }));
        assertThat(ids).hasSizeGreaterThan(20).doesNotHaveDuplicates();
    }
}
