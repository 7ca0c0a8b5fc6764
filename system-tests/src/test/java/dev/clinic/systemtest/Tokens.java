package dev.clinic.systemtest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Real access tokens from Keycloak, one per principal, cached for the test run and fetched again
 * shortly before they expire (the realm issues 5-minute tokens, a full run can take longer).
 */
final class Tokens {

    /** Public client with direct access grants; exists only in the dev realm. */
    private static final String CLI_CLIENT = "clinic-cli";
    /** Confidential client of the northside clinic, service-account role integrator. */
    private static final String EHR_SYNC_CLIENT = "ehr-sync";
    private static final String EHR_SYNC_SECRET = "ehr-sync-secret";

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);
    private static final Map<String, CachedToken> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A token of a demo user, obtained with the password grant. */
    static String of(DemoUser user) {
        return cached("user:" + user.username(), () -> request(given()
                .formParam("grant_type", "password")
                .formParam("client_id", CLI_CLIENT)
                .formParam("username", user.username())
                .formParam("password", DemoUser.PASSWORD), user.username()));
    }

    /** A token of the ehr-sync service account, obtained with the client-credentials grant. */
    static String ehrSync() {
        return cached("client:" + EHR_SYNC_CLIENT, () -> request(given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", EHR_SYNC_CLIENT)
                .formParam("client_secret", EHR_SYNC_SECRET), EHR_SYNC_CLIENT));
    }

    /**
     * A new token of a demo user, never cached: for tests that must know when and with which key it
     * was issued (expiry, key rotation).
     */
    static String fresh(DemoUser user) {
        return passwordGrant(StackConfig.oidcUrl(), CLI_CLIENT, user);
    }

    /**
     * A new token of a demo user from the token endpoint of {@code realmUrl} through the public client
     * {@code clientId} (which must allow direct access grants), never cached.
     */
    static String passwordGrant(String realmUrl, String clientId, DemoUser user) {
        return request(given()
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", user.username())
                .formParam("password", DemoUser.PASSWORD), user.username() + " (client " + clientId + ")", realmUrl)
                .value();
    }

    private static String cached(String key, Supplier<CachedToken> request) {
        return CACHE.compute(key, (k, token) -> token != null && token.isFresh() ? token : request.get())
                .value();
    }

    private static CachedToken request(RequestSpecification form, String principal) {
        return request(form, principal, StackConfig.oidcUrl());
    }

    private static CachedToken request(RequestSpecification form, String principal, String realmUrl) {
        Response response = form
                .contentType(ContentType.URLENC)
                .post(realmUrl + "/protocol/openid-connect/token");
        if (response.statusCode() != 200) {
            // Keycloak's error and error_description say what is wrong (unknown user, client
            // not allowed the grant, realm missing) without echoing the credentials.
            throw new IllegalStateException("Keycloak refused a token for " + principal + ": HTTP "
                    + response.statusCode() + " " + response.asString());
        }
        String accessToken = response.path("access_token");
        int expiresIn = response.path("expires_in");
        return new CachedToken(accessToken, Instant.now().plusSeconds(expiresIn));
    }

    private record CachedToken(String value, Instant expiresAt) {

        boolean isFresh() {
            return Instant.now().plus(RENEW_BEFORE_EXPIRY).isBefore(expiresAt);
        }
    }
}
