package dev.clinic.systemtest;

import static dev.clinic.systemtest.DemoUser.FRONTDESK_NORTHSIDE;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error is an RFC 9457 problem an integrator can act on, and never a stack trace. */
class ProblemDetailsIT {

    @Test
    void anUnknownPatientIsACompleteProblemDocument() {
        Response response = Api.as(FRONTDESK_NORTHSIDE).get("/patients/{id}", UUID.randomUUID());

        Problems.assertProblem(response, 404);
    }

    static Stream<Arguments> invalidPatients() {
        return Stream.of(
                invalid("familyName", patient -> patient.remove("familyName")),
                invalid("birthDate", patient -> patient.put("birthDate", "not-a-date")),
                invalid("sex", patient -> patient.put("sex", "alien")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPatients")
    void anInvalidFieldIsNamedInTheProblem(String field, Map<String, Object> patient) {
        Response response = Api.as(FRONTDESK_NORTHSIDE)
                .contentType(ContentType.JSON)
                .body(patient)
                .post("/patients");

        Problems.assertInvalidField(response, field);
    }

    @Test
    void malformedJsonIsABadRequest() {
        Response response = Api.as(FRONTDESK_NORTHSIDE)
                .contentType(ContentType.JSON)
                .body("{\"givenName\": \"Ada\", \"familyName\": ")
                .post("/patients");

        Problems.assertProblem(response, 400);
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        Response response = Api.as(FRONTDESK_NORTHSIDE)
                .contentType(ContentType.TEXT)
                .body("givenName=Ada")
                .post("/patients");

        Problems.assertProblem(response, 415);
    }

    private static Arguments invalid(String field, Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> patient = TestPatients.newPatient();
        breakIt.accept(patient);
        return Arguments.of(field, patient);
    }
}
