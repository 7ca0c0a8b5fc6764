package dev.clinic.systemtest;

import static dev.clinic.systemtest.DemoUser.PATIENT_NORTHSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** A valid token is not enough: the caller's role must allow the operation. */
class AuthorizationIT {

    @Test
    void theIntegratorReadsPatientsButMayNotCreateOne() {
        Response read = Api.asEhrSync().queryParam("limit", 1).get("/patients");
        assertThat(read.statusCode()).as("integrator lists patients: %s", read.asString()).isEqualTo(200);

        Response create = Api.asEhrSync()
                .contentType(ContentType.JSON)
                .body(TestPatients.newPatient())
                .post("/patients");

        Problems.assertProblem(create, 403);
    }

    @Test
    void aPatientMayNotListAllPatients() {
        Response response = Api.as(PATIENT_NORTHSIDE).get("/patients");

        Problems.assertProblem(response, 403);
    }
}
