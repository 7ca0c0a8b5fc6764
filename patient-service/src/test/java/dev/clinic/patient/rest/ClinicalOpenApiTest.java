package dev.clinic.patient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The OpenAPI document is what integrators generate clients from: each clinical operation lists
 * exactly the statuses its tests produce, has its own operationId, and every error has an example.
 */
@QuarkusTest
class ClinicalOpenApiTest {

    static Stream<Arguments> operations() {
        String p = "/api/v1/patients/{id}";
        return Stream.of(
                Arguments.of(p + "/screening", "get", "getScreening", List.of("200", "401", "403", "404")),
                Arguments.of(p + "/screening", "put", "replaceScreening",
                        List.of("200", "201", "400", "401", "403", "404", "409", "412")),
                Arguments.of(p + "/contraindications", "get", "listContraindications",
                        List.of("200", "400", "401", "403", "404")),
                Arguments.of(p + "/contraindications/{code}/clearance", "post", "clearContraindication",
                        List.of("201", "400", "401", "403", "404", "409", "422")),
                Arguments.of(p + "/contraindications/{code}/clearance", "get", "getClearance",
                        List.of("200", "401", "403", "404")),
                Arguments.of(p + "/consents", "post", "createConsent",
                        List.of("201", "400", "401", "403", "404", "409", "422")),
                Arguments.of(p + "/consents", "get", "listConsents", List.of("200", "400", "401", "403", "404")),
                Arguments.of(p + "/consents/{consentId}", "get", "getConsent", List.of("200", "401", "403", "404")),
                Arguments.of(p + "/consents/{consentId}/revoke", "post", "revokeConsent",
                        List.of("200", "401", "403", "404", "409", "412")),
                Arguments.of(p + "/eligibility", "get", "getEligibility", List.of("200", "400", "401", "403", "404")));
    }

    static JsonPath document;

    static synchronized JsonPath document() {
        if (document == null) {
            document = given().queryParam("format", "json").when().get("/q/openapi")
                    .then().statusCode(200).extract().jsonPath();
        }
        return document;
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("operations")
    void everyOperationDocumentsItsStatusesWithExamples(String path, String method, String operationId,
            List<String> statuses) {
        Map<String, Object> operation = document().getMap("paths.'" + path + "'." + method);
        assertThat(operation).as(method + " " + path).isNotNull();
        assertThat(operation.get("operationId")).isEqualTo(operationId);
        assertThat(operation.get("summary")).isNotNull();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
        assertThat(responses.keySet()).containsExactlyInAnyOrderElementsOf(statuses);
        responses.forEach((status, response) -> {
            if (status.startsWith("4")) {
                // a shared response by reference, or an inline one with its own examples
                assertThat(response.containsKey("$ref") || response.toString().contains("examples"))
                        .as(status + " of " + operationId).isTrue();
            }
        });
        long sameId = document().getMap("paths").values().stream()
                .flatMap(ops -> ((Map<?, ?>) ops).values().stream())
                .filter(op -> op instanceof Map<?, ?> m && operationId.equals(m.get("operationId")))
                .count();
        assertThat(sameId).as("operations named " + operationId).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void everyEnumListsItsValues(String schema, List<String> values) {
        assertThat(document().getList("components.schemas." + schema + ".enum", String.class))
                .containsExactlyElementsOf(values);
    }

    static Stream<Arguments> enums() {
        return Stream.of(
                Arguments.of("Answer", List.of("YES", "NO", "UNKNOWN")),
                Arguments.of("NeedlePhobia", List.of("NONE", "MILD", "SEVERE")),
                Arguments.of("DryNeedlingEffect", List.of("ABSOLUTE", "BLOCKS_UNTIL_CLEARED", "BLOCKS_UNTIL_ANSWERED")),
                Arguments.of("MassageEffect", List.of("WARNING", "NONE")),
                Arguments.of("ConsentType", List.of("DRY_NEEDLING_INFORMED", "MASSAGE", "DATA_SHARING")),
                Arguments.of("Modality", List.of("DRY_NEEDLING", "MASSAGE")),
                Arguments.of("ContraindicationCode", List.of("AGE_UNDER_12", "BLEEDING_DISORDER", "ANTICOAGULANTS",
                        "PREGNANCY", "IMMUNOCOMPROMISED", "RECENT_SURGERY", "ACTIVE_SKIN_INFECTION",
                        "SEVERE_NEEDLE_PHOBIA", "UNKNOWN_ANSWER")),
                Arguments.of("EligibilityReason", List.of("AGE_UNDER_12", "BLEEDING_DISORDER", "ANTICOAGULANTS",
                        "PREGNANCY", "IMMUNOCOMPROMISED", "RECENT_SURGERY", "ACTIVE_SKIN_INFECTION",
                        "SEVERE_NEEDLE_PHOBIA", "UNKNOWN_ANSWER", "NOT_SCREENED", "CONSENT_REQUIRED",
                        "CLINICAL_REVIEW_REQUIRED")));
    }
}
