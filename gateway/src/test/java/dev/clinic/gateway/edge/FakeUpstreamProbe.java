package dev.clinic.gateway.edge;

import static io.restassured.RestAssured.given;

/** Asks the fake service how many requests for a path reached it. */
final class FakeUpstreamProbe {

    private FakeUpstreamProbe() {
    }

    static int seen(String path) {
        return Integer.parseInt(given().queryParam("path", path)
                .when().get(EdgeTokens.upstreamUrl() + "/fake/seen")
                .then().statusCode(200)
                .extract().asString());
    }
}
