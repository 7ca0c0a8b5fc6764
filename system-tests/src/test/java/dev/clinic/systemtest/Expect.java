package dev.clinic.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Status checks that show the body when they fail, so a failing system test says why. */
final class Expect {

    private Expect() {
    }

    static JsonPath status(Response response, int status, String what) {
        assertThat(response.statusCode()).as("%s: %s", what, response.asString()).isEqualTo(status);
        return response.jsonPath();
    }

    static JsonPath created(Response response, String what) {
        return status(response, 201, what);
    }
}
