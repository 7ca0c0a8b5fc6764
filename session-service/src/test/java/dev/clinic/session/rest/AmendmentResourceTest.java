package dev.clinic.session.rest;

import static dev.clinic.session.rest.Sessions.amend;
import static dev.clinic.session.rest.Sessions.amendment;
import static dev.clinic.session.rest.Sessions.create;
import static dev.clinic.session.rest.Sessions.get;
import static dev.clinic.session.rest.Sessions.invalid;
import static dev.clinic.session.rest.Sessions.lateEntry;
import static dev.clinic.session.rest.Sessions.path;
import static dev.clinic.session.rest.Sessions.post;
import static dev.clinic.session.rest.Sessions.problem;
import static dev.clinic.session.rest.Sessions.signable;
import static dev.clinic.session.rest.Sessions.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.clinic.session.client.FakeNeighbours;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;

/** amendSession, listAmendments, getAmendment: the only way a signed session grows. */
@QuarkusTest
@TestSecurity(user = "needling-amending", roles = "practitioner")
@OidcSecurity(claims = { @Claim(key = "clinic_id", value = "amendment-clinic"),
        @Claim(key = "sub", value = "4c5d6e7f-8a9b-4c0d-8e1f-2a3b4c5d6e7f") })
class AmendmentResourceTest {

    @Test
    void theOwnerAmendsASignedSessionWhichStaysAsSigned() {
        String session = signed(signable(UUID.randomUUID().toString()));
        Response before = get(path(session));

        Response created = post(path(session, "amendments"), lateEntry()).then().statusCode(201)
                .body("id", notNullValue())
                .body("sessionId", equalTo(session))
                .body("reason", equalTo("Late entry: needle lot number was missing"))
                .body("text", equalTo("Needle lot LOT-2026-0412 was used."))
                .body("authorId", equalTo(FakeNeighbours.PRACTITIONER.toString()))
                .body("createdAt", notNullValue())
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).isEqualTo(path(session, "amendments", id));

        // the amendment moves the session's version and updatedAt (sync lists show it again), nothing else
        Response after = get(path(session));
        assertThat(after.header("ETag")).isEqualTo("\"2\"");
        assertThat(Instant.parse(after.path("updatedAt"))).isAfter(Instant.parse(before.path("updatedAt")));
        for (String unchanged : List.of("status", "signedAt", "signedBy", "subjective", "needlingSites", "createdAt")) {
            assertThat((Object) after.path(unchanged)).as(unchanged).isEqualTo(before.path(unchanged));
        }

        get(created.header("Location")).then().statusCode(200)
                .body("id", equalTo(id))
                .body("text", equalTo("Needle lot LOT-2026-0412 was used."));
        String second = post(path(session, "amendments"), amendment("Correction", "Pain after was 2, not 3."))
                .then().statusCode(201).extract().path("id");
        get(path(session, "amendments")).then().statusCode(200)
                .body("items.id", equalTo(List.of(id, second)))
                .body("nextCursor", equalTo(null));
        Response firstPage = get(path(session, "amendments") + "?limit=1");
        firstPage.then().statusCode(200).body("items.id", equalTo(List.of(id)));
        get(path(session, "amendments") + "?limit=1&cursor=" + firstPage.path("nextCursor"))
                .then().body("items.id", equalTo(List.of(second)));
    }

    @Test
    void aDraftIsCorrectedByReplacingItNotByAmending() {
        String draft = create(signable(UUID.randomUUID().toString()));
        problem(post(path(draft, "amendments"), lateEntry()), 409, "session-not-signed")
                .body("detail", equalTo("Session " + draft
                        + " is a draft: correct it by replacing it (PUT); amendments are for signed sessions"));
        get(path(draft, "amendments")).then().statusCode(200).body("items", equalTo(List.of()));
        get(path(draft)).then().header("ETag", "\"0\"");
    }

    @ParameterizedTest(name = "reason {0} chars, text {1} chars -> [{2}]")
    @CsvSource(nullValues = "-", value = {
            "0,   10,    reason",
            "-,   10,    reason",
            "501, 10,    reason",
            "10,  0,     text",
            "10,  -,     text",
            "10,  10001, text",
            "-,   -,     reason text",
            "' ', 10,    reason",
    })
    void reasonAndTextAreRequiredAndBounded(String reasonLength, String textLength, String fields) {
        String session = signed(signable(UUID.randomUUID().toString()));
        invalid(post(path(session, "amendments"), amendment(text(reasonLength), text(textLength))),
                fields.split(" "));
        get(path(session, "amendments")).then().body("items", equalTo(List.of()));
        get(path(session)).then().header("ETag", "\"1\"");
    }

    /** A length, or a blank (a quoted space), or null. */
    private static String text(String length) {
        if (length == null || length.isBlank()) {
            return length == null ? null : "   ";
        }
        return "x".repeat(Integer.parseInt(length));
    }

    @Test
    void theLongestReasonAndTextAreKept() {
        String session = signed(signable(UUID.randomUUID().toString()));
        post(path(session, "amendments"), amendment("r".repeat(500), "t".repeat(10_000))).then().statusCode(201)
                .body("reason", equalTo("r".repeat(500)))
                .body("text.length()", equalTo(10_000));
    }

    @Test
    void unknownSessionsAndAmendmentsAre404() {
        Sessions.unknownSessionHasNo("amendments", lateEntry());

        String session = signed(signable(UUID.randomUUID().toString()));
        String other = signed(signable(UUID.randomUUID().toString()));
        String amendment = amend(other);
        problem(get(path(session, "amendments", UUID.randomUUID())), 404, "not-found");
        // an amendment is read only under its own session
        problem(get(path(session, "amendments", amendment)), 404, "not-found")
                .body("detail", equalTo("Amendment " + amendment + " was not found"));
    }

    @Test
    void badListParametersAre400() {
        String session = signed(signable(UUID.randomUUID().toString()));
        invalid(get(path(session, "amendments") + "?limit=0"), "limit");
        invalid(get(path(session, "amendments") + "?cursor=not-a-cursor"), "cursor");
    }
}
