package dev.clinic.systemtest;

import static dev.clinic.systemtest.DemoUser.FRONTDESK_HARBOUR;
import static dev.clinic.systemtest.DemoUser.FRONTDESK_NORTHSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One clinic never sees another's records, and cannot even tell that they exist. */
class TenantIsolationIT {

    @Test
    void anotherClinicsPatientIsNotFoundExactlyLikeAMissingOne() {
        String northsideId = TestPatients.create(FRONTDESK_NORTHSIDE);
        String missingId = UUID.randomUUID().toString();

        JsonPath foreign = Problems.assertProblem(
                Api.as(FRONTDESK_HARBOUR).get("/patients/{id}", northsideId), 404);
        JsonPath missing = Problems.assertProblem(
                Api.as(FRONTDESK_HARBOUR).get("/patients/{id}", missingId), 404);

        assertThat(foreign.getString("type")).isEqualTo(missing.getString("type"));
        assertThat(foreign.getString("title")).isEqualTo(missing.getString("title"));
        assertThat(foreign.getString("detail").replace(northsideId, "{id}"))
                .as("detail gives nothing away")
                .isEqualTo(missing.getString("detail").replace(missingId, "{id}"));
    }

    @Test
    void anotherClinicsPatientIsNotListed() {
        String id = TestPatients.create(FRONTDESK_NORTHSIDE);

        assertThat(TestPatients.listAllIds(FRONTDESK_NORTHSIDE)).as("northside's list").contains(id);
        assertThat(TestPatients.listAllIds(FRONTDESK_HARBOUR)).as("harbour's list").doesNotContain(id);
    }
}
