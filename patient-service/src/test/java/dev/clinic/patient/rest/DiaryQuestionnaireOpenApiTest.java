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

/** What integrators read: the document describes every diary and questionnaire operation, field and enum. */
@QuarkusTest
class DiaryQuestionnaireOpenApiTest {

    static JsonPath document() {
        return given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "post | /api/v1/patients/{id}/diary                            | recordDiaryEntry    | 200 201 400 401 403 404 409 412 422",
            "get  | /api/v1/patients/{id}/diary                            | listDiaryEntries    | 200 400 401 403 404",
            "get  | /api/v1/patients/{id}/diary/summary                    | summariseDiary      | 200 400 401 403 404",
            "get  | /api/v1/patients/{id}/diary/{date}                     | getDiaryEntry       | 200 401 403 404",
            "post | /api/v1/patients/{id}/questionnaires                   | recordQuestionnaire | 201 400 401 403 404 409 422",
            "get  | /api/v1/patients/{id}/questionnaires                   | listQuestionnaires  | 200 400 401 403 404",
            "get  | /api/v1/patients/{id}/questionnaires/{questionnaireId} | getQuestionnaire    | 200 401 403 404",
    })
    void everyOperationListsItsAnswers(String method, String path, String operationId, String statuses) {
        Map<String, Object> operation = document().getMap("paths.'" + path + "'." + method);
        assertThat(operation).as(method + " " + path).isNotNull();
        assertThat(operation.get("operationId")).isEqualTo(operationId);
        assertThat(operation.get("summary")).isNotNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
        assertThat(responses.keySet()).containsExactlyInAnyOrder(statuses.split(" "));
    }

    @Test
    void enumsAndFieldsAreDescribed() {
        JsonPath doc = document();
        assertThat(doc.getList("components.schemas.HeadacheKind.enum"))
                .containsExactly("MIGRAINE", "TENSION_TYPE", "CERVICOGENIC", "OTHER");
        assertThat(doc.getList("components.schemas.HeadacheTrigger.enum")).containsExactly("STRESS", "CAFFEINE",
                "SKIPPED_MEAL", "HORMONAL", "FLASHING_LIGHTS", "SLEEP", "OTHER");
        assertThat(doc.getList("components.schemas.QuestionnaireType.enum")).containsExactly("HIT6", "MIDAS");
        assertThat(doc.getList("components.schemas.Hit6Impact.enum")).containsExactly("LITTLE_OR_NO_IMPACT",
                "SOME_IMPACT", "SUBSTANTIAL_IMPACT", "SEVERE_IMPACT");
        assertThat(doc.getList("components.schemas.MidasGrade.enum")).containsExactly("I", "II", "III", "IV");
        assertThat(doc.getList("components.schemas.Hit6Answers.items.enum"))
                .containsExactly("NEVER", "RARELY", "SOMETIMES", "VERY_OFTEN", "ALWAYS");
        assertThat(doc.getInt("components.schemas.Hit6Answers.minItems")).isEqualTo(6);
        assertThat(doc.getInt("components.schemas.MidasAnswers.maxItems")).isEqualTo(5);
        assertThat(doc.getInt("components.schemas.MidasDayCount.maximum")).isEqualTo(90);

        // Every field of the requests and responses is documented with an example.
        for (String schema : List.of("DiaryEntryRequest", "DiaryEntry", "DiaryMonthSummary", "QuestionnaireRequest",
                "Questionnaire")) {
            Map<String, Map<String, Object>> properties = doc.getMap("components.schemas." + schema + ".properties");
            assertThat(properties).as(schema).isNotEmpty();
            properties.forEach((name, property) ->
                    assertThat(property).as(schema + "." + name).containsKey("examples"));
        }
        // A client never sends a score: the request does not even offer the fields.
        assertThat(doc.getMap("components.schemas.QuestionnaireRequest.properties").keySet())
                .containsExactlyInAnyOrder("type", "answers", "completedAt");
        assertThat(doc.getMap("paths.'/api/v1/patients/{id}/questionnaires'.post.requestBody.content."
                + "'application/json'.examples").keySet()).containsExactlyInAnyOrder("HIT6", "MIDAS");
    }
}
