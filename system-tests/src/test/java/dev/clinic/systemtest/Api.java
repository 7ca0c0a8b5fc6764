package dev.clinic.systemtest;

import io.restassured.RestAssured;
import io.restassured.config.LogConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;

/** Requests to the public API through the gateway, as a given caller. */
final class Api {

    static final String REQUEST_ID = "X-Request-Id";

    /** A failing assertion prints the exchange, but never the bearer token. */
    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config()
            .logConfig(LogConfig.logConfig()
                    .enableLoggingOfRequestAndResponseIfValidationFails()
                    .blacklistHeader("Authorization"));

    private Api() {
    }

    /** No Authorization header at all. */
    static RequestSpecification anonymous() {
        return RestAssured.given()
                .config(CONFIG)
                .baseUri(StackConfig.gatewayUrl())
                .basePath("/api/v1");
    }

    static RequestSpecification as(DemoUser user) {
        return withToken(Tokens.of(user));
    }

    static RequestSpecification asEhrSync() {
        return withToken(Tokens.ehrSync());
    }

    static RequestSpecification withToken(String accessToken) {
        return anonymous().header("Authorization", "Bearer " + accessToken);
    }
}
