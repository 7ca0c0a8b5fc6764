package dev.clinic.session.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.clinic.session.client.FakeNeighbours;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;

/** Keyset paging and the filters, each in a clinic of its own so the counts are exact. */
@QuarkusTest
@TestSecurity(user = "needling-paging", roles = "practitioner")
@OidcSecurity(claims = @Claim(key = "clinic_id", value = "paging-clinic"))
class TreatmentSessionListTest {

    static final String SESSIONS = Sessions.SESSIONS;

    @Inject
    DataSource db;

    @Test
    void pagesWalkEverySessionOnceInCreationOrderAndTheFilterKeepsToOnePatient() {
        String alice = UUID.randomUUID().toString();
        String bob = UUID.randomUUID().toString();
        List<String> all = new ArrayList<>();
        List<String> alices = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String patient = i % 2 == 0 ? alice : bob;
            String id = Sessions.create(Sessions.dryNeedling(patient));
            all.add(id);
            if (patient.equals(alice)) {
                alices.add(id);
            }
        }

        assertThat(walk(SESSIONS + "?limit=2", 3)).containsExactlyElementsOf(all);
        // The next link keeps the filter, so every page stays with the one patient.
        assertThat(walk(SESSIONS + "?patientId=" + alice + "&limit=2", 2)).containsExactlyElementsOf(alices);
        given().when().get(SESSIONS + "?patientId=" + UUID.randomUUID())
                .then().statusCode(200)
                .body("items", equalTo(List.of()))
                .body("nextCursor", equalTo(null));
    }

    /** Follows the Link header from page to page; returns the ids in order. */
    private static List<String> walk(String first, int expectedPages) {
        List<String> seen = new ArrayList<>();
        String link = first;
        int pages = 0;
        while (link != null) {
            Response page = given().when().get(link).then().statusCode(200).extract().response();
            List<String> ids = page.path("items.id");
            assertThat(ids).hasSizeLessThanOrEqualTo(2);
            seen.addAll(ids);
            String next = page.path("nextCursor");
            String header = page.header("Link");
            if (next == null) {
                assertThat(header).isNull();
                link = null;
            } else {
                link = header.substring(1, header.indexOf('>'));
                assertThat(header).isEqualTo("<" + link + ">; rel=\"next\"");
                assertThat(link).startsWith(first + "&cursor=").endsWith(next);
            }
            pages++;
        }
        assertThat(pages).isEqualTo(expectedPages);
        return seen;
    }

    @ParameterizedTest
    @ValueSource(strings = { "limit=0", "limit=201", "cursor=not-a-cursor", "updatedSince=yesterday",
            "patientId=not-a-uuid", "practitionerId=not-a-uuid", "from=yesterday", "status=FINISHED",
            "to=2026-03-01T00:00:00Z&from=2026-03-01T00:00:00Z" })
    void badListParametersAre400NamingTheParameter(String query) {
        given().when().get(SESSIONS + "?" + query)
                .then().statusCode(400)
                .contentType(Sessions.PROBLEM)
                .body("errors[0].field", equalTo(query.substring(0, query.indexOf('='))));
    }

    /** Every filter alone and combined; from ≤ startedAt < to; sync lists show a session again when its record grows. */
    @Test
    @TestSecurity(user = "needling-filters", roles = "practitioner")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = "filter-clinic"), @Claim(key = "sub", value = "filters") })
    void filtersCombineAndSyncListsShowWhatChanged() throws SQLException {
        String patient = UUID.randomUUID().toString();
        String signed = Sessions.signed(startingAt(Sessions.signable(patient), "2026-03-02T09:00:00Z"));
        String massage = Sessions.create(startingAt(Sessions.massage(patient, "SWEDISH"), "2026-03-03T09:00:00Z"));
        String byColleague = Sessions.create(startingAt(Sessions.dryNeedling(patient), "2026-03-04T09:00:00Z"));
        String otherPatients = Sessions.create(Sessions.dryNeedling(UUID.randomUUID().toString()));
        UUID colleague = UUID.randomUUID();
        SessionRows.execute(db, "update treatment_session set practitioner_id = ? where id = ?::uuid", colleague,
                byColleague);

        String mine = "&patientId=" + patient;
        assertThat(ids("")).containsExactly(signed, massage, byColleague, otherPatients);
        assertThat(ids(mine)).containsExactly(signed, massage, byColleague);
        assertThat(ids("&practitionerId=" + colleague)).containsExactly(byColleague);
        assertThat(ids(mine + "&practitionerId=" + FakeNeighbours.PRACTITIONER)).containsExactly(signed, massage);
        assertThat(ids(mine + "&from=2026-03-03T09:00:00Z")).containsExactly(massage, byColleague);
        assertThat(ids(mine + "&to=2026-03-04T09:00:00Z")).containsExactly(signed, massage);
        assertThat(ids(mine + "&from=2026-03-03T09:00:00Z&to=2026-03-04T09:00:00Z")).containsExactly(massage);
        assertThat(ids(mine + "&status=SIGNED")).containsExactly(signed);
        assertThat(ids(mine + "&status=DRAFT&from=2026-03-03T00:00:00Z")).containsExactly(massage, byColleague);
        Sessions.invalid(Sessions.get(SESSIONS + "?from=2026-03-04T09:00:00Z&to=2026-03-04T09:00:00Z"), "to");
        Sessions.invalid(Sessions.get(SESSIONS + "?status=ARCHIVED"), "status");

        String since = Instant.now().toString();
        assertThat(ids(mine + "&updatedSince=" + since)).isEmpty();
        Sessions.amend(signed);
        assertThat(ids(mine + "&updatedSince=" + since)).containsExactly(signed);
        Sessions.recordBruise(massage);
        assertThat(ids(mine + "&updatedSince=" + since)).containsExactly(signed, massage);
        assertThat(ids(mine + "&updatedSince=" + since + "&status=DRAFT")).containsExactly(massage);
    }

    private static Map<String, Object> startingAt(Map<String, Object> body, String startedAt) {
        body.put("startedAt", startedAt);
        body.remove("endedAt");
        return body;
    }

    private static List<String> ids(String query) {
        return given().when().get(SESSIONS + "?limit=200" + query).then().statusCode(200).extract().path("items.id");
    }
}
