package dev.clinic.session.rest;

import static dev.clinic.session.rest.Sessions.create;
import static dev.clinic.session.rest.Sessions.dryNeedling;
import static dev.clinic.session.rest.Sessions.get;
import static dev.clinic.session.rest.Sessions.massage;
import static dev.clinic.session.rest.Sessions.path;
import static dev.clinic.session.rest.Sessions.problem;
import static dev.clinic.session.rest.Sessions.sign;
import static dev.clinic.session.rest.Sessions.withSites;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/** getSessionBilling: the CPT lines of the session as recorded, final once it is signed. */
@QuarkusTest
@TestSecurity(user = "needling-billing", roles = "practitioner")
@OidcSecurity(claims = { @Claim(key = "clinic_id", value = "billing-clinic"),
        @Claim(key = "sub", value = "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e") })
class SessionBillingTest {

    static final String CPT = "http://www.ama-assn.org/go/cpt";

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            // sites                                          | code
            "SUBOCCIPITALS:LEFT:1                             | 20560",
            // left and right of one muscle: two muscles
            "UPPER_TRAPEZIUS:BILATERAL:2                      | 20560",
            "SUBOCCIPITALS:LEFT:1 SPLENIUS_CAPITIS:RIGHT:1    | 20560",
            // a BILATERAL site and one more muscle: three
            "UPPER_TRAPEZIUS:BILATERAL:1 SUBOCCIPITALS:LEFT:3 | 20561",
            // a region of a muscle is that muscle
            "TRAPEZIUS:LEFT:1 UPPER_TRAPEZIUS:LEFT:1           | 20560",
    })
    void dryNeedlingBillsOneUntimedUnitByDistinctMuscles(String sites, String code) {
        String id = create(withSites(dryNeedling(UUID.randomUUID().toString()), sites, "skinChecked",
                "pneumothoraxAdviceGiven"));
        get(path(id, "billing")).then().statusCode(200)
                .body("sessionId", equalTo(id))
                .body("lines.code", equalTo(List.of(code)))
                .body("lines[0].system", equalTo(CPT))
                .body("lines[0].units", equalTo(1));
    }

    @ParameterizedTest(name = "{0} {1} min -> {2} x {3}")
    @CsvSource({
            "SWEDISH,            7,  '',    0",
            "SWEDISH,            8,  97124, 1",
            "NEUROMUSCULAR,      22, 97124, 1",
            "NEUROMUSCULAR,      23, 97124, 2",
            "MYOFASCIAL_RELEASE, 37, 97140, 2",
            "MYOFASCIAL_RELEASE, 38, 97140, 3",
            "CRANIOSACRAL,       52, 97140, 3",
            "CRANIOSACRAL,       53, 97140, 4",
    })
    void massageBillsByTheEightMinuteRule(String technique, int minutes, String code, int units) {
        Map<String, Object> body = massage(UUID.randomUUID().toString(), technique);
        body.put("endedAt", Instant.parse((String) body.get("startedAt")).plusSeconds(minutes * 60L).toString());
        String id = create(body);
        get(path(id, "billing")).then().statusCode(200)
                .body("lines.code", equalTo(code.isEmpty() ? List.of() : List.of(code)))
                .body("lines.units", equalTo(code.isEmpty() ? List.of() : List.of(units)));
    }

    /** A draft's lines may still change: only a signed session is billable. */
    @Test
    void onlyASignedSessionIsBillable() {
        String id = create(withSites(dryNeedling(UUID.randomUUID().toString()),
                "UPPER_TRAPEZIUS:BILATERAL:1 SUBOCCIPITALS:LEFT:1", "skinChecked", "pneumothoraxAdviceGiven"));
        get(path(id, "billing")).then().statusCode(200)
                .body("sessionStatus", equalTo("DRAFT"))
                .body("billable", equalTo(false))
                .body("lines.code", equalTo(List.of("20561")));
        sign(id).then().statusCode(200);
        get(path(id, "billing")).then().statusCode(200)
                .body("sessionStatus", equalTo("SIGNED"))
                .body("billable", equalTo(true))
                .body("lines.code", equalTo(List.of("20561")));
    }

    @Test
    void nothingToBillYetIsNoLine() {
        String running = create(massage(UUID.randomUUID().toString(), "SWEDISH"));
        get(path(running, "billing")).then().statusCode(200).body("lines", equalTo(List.of()));
        String noSites = create(dryNeedling(UUID.randomUUID().toString()));
        get(path(noSites, "billing")).then().statusCode(200).body("lines", equalTo(List.of()));
    }

    @Test
    void anUnknownSessionIs404() {
        problem(get(path(UUID.randomUUID(), "billing")), 404, "not-found");
    }
}
