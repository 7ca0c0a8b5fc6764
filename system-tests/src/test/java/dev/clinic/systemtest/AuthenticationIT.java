package dev.clinic.systemtest;

import static dev.clinic.systemtest.DemoUser.FRONTDESK_NORTHSIDE;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The gateway turns away requests without a valid token, before any service sees them. */
class AuthenticationIT {

    @Test
    void aRequestWithoutATokenIsUnauthorized() {
        Response response = Api.anonymous().get("/patients");

        Problems.assertProblem(response, 401);
    }

    @Test
    void aTokenWithAnAlteredSignatureIsUnauthorized() {
        String forged = withAlteredSignature(Tokens.of(FRONTDESK_NORTHSIDE));

        Response response = Api.withToken(forged).get("/patients");

        Problems.assertProblem(response, 401);
    }

    @Test
    void somethingThatIsNotATokenIsUnauthorized() {
        Response response = Api.withToken("not-a-jwt").get("/patients");

        Problems.assertProblem(response, 401);
    }

    /**
     * Changes characters in the middle of the signature. The last base64url character may carry
     * only padding bits, so changing it might leave the signature intact.
     */
    private static String withAlteredSignature(String jwt) {
        int signatureStart = jwt.lastIndexOf('.') + 1;
        char[] chars = jwt.toCharArray();
        int middle = signatureStart + (chars.length - signatureStart) / 2;
        for (int i = middle; i < middle + 4; i++) {
            chars[i] = chars[i] == 'A' ? 'B' : 'A';
        }
        return new String(chars);
    }
}
