package dev.clinic.systemtest;

import static dev.clinic.systemtest.DemoUser.FRONTDESK_NORTHSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A client's X-Request-Id follows the request through the stack and comes back unchanged. */
class RequestIdIT {

    @Test
    void theClientsRequestIdIsReturnedOnSuccess() {
        String requestId = "systest-" + UUID.randomUUID();
        String id = TestPatients.create(FRONTDESK_NORTHSIDE);

        Response response = Api.as(FRONTDESK_NORTHSIDE)
                .header(Api.REQUEST_ID, requestId)
                .get("/patients/{id}", id);

        assertThat(response.statusCode()).as("read: %s", response.asString()).isEqualTo(200);
        assertThat(response.header(Api.REQUEST_ID)).isEqualTo(requestId);
    }

    @Test
    void theClientsRequestIdIsReturnedInAProblem() {
        String requestId = "systest-" + UUID.randomUUID();

        Response response = Api.as(FRONTDESK_NORTHSIDE)
                .header(Api.REQUEST_ID, requestId)
                .get("/patients/{id}", UUID.randomUUID());

        JsonPath problem = Problems.assertProblem(response, 404);
        assertThat(response.header(Api.REQUEST_ID)).isEqualTo(requestId);
        assertThat(problem.getString("requestId")).isEqualTo(requestId);
    }

    @Test
    void theGatewayAssignsARequestIdWhenTheClientSendsNone() {
        Response first = Api.anonymous().get("/patients");
        Response second = Api.anonymous().get("/patients");

        assertThat(first.header(Api.REQUEST_ID)).isNotBlank();
        assertThat(second.header(Api.REQUEST_ID)).isNotBlank().isNotEqualTo(first.header(Api.REQUEST_ID));
    }
}
