package dev.clinic.session.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.clinic.session.domain.clinical.AdverseEventSeverity;
import dev.clinic.session.domain.clinical.AdverseEventType;
import dev.clinic.session.domain.clinical.Muscle;
import dev.clinic.session.domain.clinical.NeedlingSite;
import dev.clinic.session.domain.clinical.NeedlingTechnique;
import dev.clinic.session.domain.clinical.Side;
import dev.clinic.session.domain.clinical.SigningRule;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The document integrators generate clients from lists every answer an operation can give. The
 * table below is the one the session tests produce, status by status (SessionRolesTest for 401,
 * 403 and the patient's 404s, the resource tests for the rest): a status added to or dropped from
 * an operation fails here until the tests follow.
 */
@QuarkusTest
class OpenApiTest {

    /** Every session operation: method, path, and the statuses it documents. */
    static final String OPERATIONS = """
            createSession      | POST | /api/v1/sessions                                     | 201 400 401 403 404 409 422 503
            listSessions       | GET  | /api/v1/sessions                                     | 200 400 401 403 404
            getSession         | GET  | /api/v1/sessions/{id}                                | 200 401 403 404
            replaceSession     | PUT  | /api/v1/sessions/{id}                                | 200 400 401 403 404 409 412
            signSession        | POST | /api/v1/sessions/{id}/sign                           | 200 401 403 404 409 412 503
            getSessionBilling  | GET  | /api/v1/sessions/{id}/billing                        | 200 401 403 404
            amendSession       | POST | /api/v1/sessions/{sessionId}/amendments              | 201 400 401 403 404 409 422
            listAmendments     | GET  | /api/v1/sessions/{sessionId}/amendments              | 200 400 401 403 404
            getAmendment       | GET  | /api/v1/sessions/{sessionId}/amendments/{id}         | 200 401 403 404
            recordAdverseEvent | POST | /api/v1/sessions/{sessionId}/adverse-events          | 201 400 401 403 404 422
            listAdverseEvents  | GET  | /api/v1/sessions/{sessionId}/adverse-events          | 200 400 401 403 404
            getAdverseEvent    | GET  | /api/v1/sessions/{sessionId}/adverse-events/{id}     | 200 401 403 404
            """;

    static JsonPath document() {
        return given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Every operation under /api/v1/sessions, by operationId, method and path, with exactly the statuses of the table. */
    @Test
    void everySessionOperationIsNamedAndListsExactlyTheAnswersTheTestsProduce() {
        Map<String, Map<String, Map<String, Object>>> paths = document().getMap("paths");
        Map<String, Set<String>> documented = new TreeMap<>();
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/api/v1/sessions")) {
                return;
            }
            operations.forEach((method, operation) -> {
                if (operation.get("responses") instanceof Map<?, ?> responses) {
                    assertThat(operation.get("operationId")).as(method + " " + path + " has an operationId")
                            .isNotNull();
                    documented.put(operation.get("operationId") + " " + method.toUpperCase() + " " + path,
                            new TreeSet<>(responses.keySet().stream().map(String::valueOf).toList()));
                }
            });
        });
        Map<String, Set<String>> expected = new TreeMap<>();
        OPERATIONS.lines().map(line -> line.split("\\|")).forEach(columns -> expected.put(
                columns[0].strip() + " " + columns[1].strip() + " " + columns[2].strip(),
                new TreeSet<>(Arrays.asList(columns[3].strip().split(" ")))));
        assertThat(documented).isEqualTo(expected);
    }

    /** Each 409 names the problem types a client must tell apart, with an example of each. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "'/api/v1/sessions'                        | post | appointment-not-checked-in session-exists practitioner-record-missing",
            "'/api/v1/sessions/{id}'                   | put  | session-signed",
            "'/api/v1/sessions/{id}/sign'              | post | signing-rules-failed session-signed",
            "'/api/v1/sessions/{sessionId}/amendments' | post | session-not-signed",
    })
    void conflictsHaveAnExamplePerProblemType(String path, String method, String types) {
        Map<String, Object> examples = document().getMap("paths.'" + path + "'." + method
                + ".responses.'409'.content.'application/problem+json'.examples");
        assertThat(examples.keySet()).containsExactlyInAnyOrder(types.split(" "));
    }

    @Test
    void theSchemasNameEveryValueAClientMaySendOrRead() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.schemas.Muscle.enum", containsInAnyOrder(names(Muscle.values())))
                .body("components.schemas.Side.enum", containsInAnyOrder(names(Side.values())))
                .body("components.schemas.NeedlingTechnique.enum", containsInAnyOrder(names(NeedlingTechnique.values())))
                .body("components.schemas.AdverseEventType.enum", containsInAnyOrder(names(AdverseEventType.values())))
                .body("components.schemas.AdverseEventSeverity.enum",
                        containsInAnyOrder(names(AdverseEventSeverity.values())))
                .body("components.schemas.SigningRule.enum", containsInAnyOrder(names(SigningRule.values())))
                .body("components.schemas.MassageTechnique.enum",
                        containsInAnyOrder("CRANIOSACRAL", "MYOFASCIAL_RELEASE", "NEUROMUSCULAR", "SWEDISH"))
                .body("components.schemas.SessionStatus.enum", containsInAnyOrder("DRAFT", "SIGNED"))
                // from an appointment, patient, modality and start come from booking-service: none is required
                .body("components.schemas.TreatmentSessionRequest.required", nullValue())
                .body("components.schemas.TreatmentSessionRequest.properties.keySet()",
                        hasItems("appointmentId", "patientId", "modality", "startedAt", "diagnosisCodes", "needleLot",
                                "aftercare", "needlingSites"))
                .body("components.schemas.TreatmentSession.properties.keySet()",
                        hasItems("id", "version", "status", "appointmentId", "practitionerId", "massageTechnique",
                                "painAfter", "diagnosisCodes", "needleLot", "aftercare", "needlingSites", "signedAt",
                                "signedBy"))
                .body("components.schemas.NeedlingSite.required",
                        containsInAnyOrder("muscle", "side", "needleCount", "technique"))
                .body("components.schemas.NeedlingSite.properties.needleCount.maximum",
                        equalTo(NeedlingSite.MAX_NEEDLE_COUNT))
                .body("components.schemas.SigningResult.properties.keySet()", containsInAnyOrder("session", "warnings"))
                .body("components.schemas.SessionBilling.properties.keySet()",
                        containsInAnyOrder("sessionId", "sessionStatus", "billable", "lines"))
                .body("components.schemas.AmendmentRequest.required", containsInAnyOrder("reason", "text"))
                .body("components.schemas.AdverseEventRequest.required",
                        containsInAnyOrder("type", "severity", "onsetAt"))
                .body("components.schemas.AdverseEvent.properties.reportable", notNullValue());
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toList()).toArray(String[]::new);
    }
}
