package dev.clinic.systemtest;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A first sign-in as a person does it in a browser: authorization code with PKCE through the public
 * {@code clinic-web} client, the login form, and — for a login provisioned with a temporary
 * password — Keycloak's "update password" form. Plain HTTP with the forms Keycloak serves.
 */
final class BrowserLogin {

    private static final String CLIENT = "clinic-web";
    private static final String REDIRECT = "http://localhost:8080/q/swagger-ui/oauth2-redirect.html";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final RestAssuredConfig NO_REDIRECTS = RestAssuredConfig.config()
            .redirect(RedirectConfig.redirectConfig().followRedirects(false));

    private BrowserLogin() {
    }

    /** Signs in with a temporary password, sets {@code newPassword}, and returns the access token. */
    static String firstSignIn(String username, String temporaryPassword, String newPassword) {
        String verifier = randomToken();
        Map<String, String> cookies = new HashMap<>();
        Response loginPage = given().config(NO_REDIRECTS)
                .queryParam("client_id", CLIENT)
                .queryParam("response_type", "code")
                .queryParam("scope", "openid")
                .queryParam("redirect_uri", REDIRECT)
                .queryParam("state", randomToken())
                .queryParam("code_challenge", challenge(verifier))
                .queryParam("code_challenge_method", "S256")
                .get(StackConfig.oidcUrl() + "/protocol/openid-connect/auth");
        expect(loginPage, 200, "login page");
        cookies.putAll(loginPage.getCookies());

        Response page = given().config(NO_REDIRECTS).cookies(cookies).contentType(ContentType.URLENC)
                .formParam("username", username)
                .formParam("password", temporaryPassword)
                .post(action(loginPage));
        cookies.putAll(page.getCookies());
        for (int step = 0; step < 5 && !isCallback(page); step++) {
            if (page.statusCode() == 302) {
                // Keycloak moves on to a required action (here: choose a new password).
                page = given().config(NO_REDIRECTS).cookies(cookies).get(page.header("Location"));
            } else {
                expect(page, 200, "sign-in form");
                page = given().config(NO_REDIRECTS).cookies(cookies).contentType(ContentType.URLENC)
                        .formParam("password-new", newPassword)
                        .formParam("password-confirm", newPassword)
                        .post(action(page));
            }
            cookies.putAll(page.getCookies());
        }
        Response finished = page;
        expect(finished, 302, "sign-in");
        String location = finished.header("Location");
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        if (!code.find()) {
            throw new IllegalStateException("no authorization code in the redirect: " + location);
        }
        Response token = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "authorization_code")
                .formParam("client_id", CLIENT)
                .formParam("code", code.group(1))
                .formParam("redirect_uri", REDIRECT)
                .formParam("code_verifier", verifier)
                .post(StackConfig.oidcUrl() + "/protocol/openid-connect/token");
        expect(token, 200, "code exchange");
        return token.path("access_token");
    }

    private static boolean isCallback(Response page) {
        return page.statusCode() == 302 && page.header("Location") != null && page.header("Location").startsWith(REDIRECT);
    }

    private static String action(Response page) {
        Matcher form = FORM_ACTION.matcher(page.asString());
        if (!form.find()) {
            throw new IllegalStateException("Keycloak's page has no form: " + page.asString());
        }
        return form.group(1).replace("&amp;", "&");
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void expect(Response response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Keycloak " + what + ": HTTP " + response.statusCode() + " "
                    + response.asString().substring(0, Math.min(2000, response.asString().length())));
        }
    }
}
