package dev.clinic.session.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Paging, filters, sync and the audit trail of plans, in a clinic of its own so counts are exact. */
@QuarkusTest
@TestSecurity(user = "needling-plan-lists", roles = "practitioner")
@OidcSecurity(claims = { @Claim(key = "clinic_id", value = "plan-list-clinic"), @Claim(key = "azp", value = "clinic-web"),
        @Claim(key = "sub", value = "plan-list-sub") })
class TreatmentPlanListTest {

    static final String PLANS = TreatmentPlanResourceTest.PLANS;

    @Inject
    DataSource db;

    @Test
    void pagesWalkEveryPlanOnceAndFiltersCombine() {
        String alice = UUID.randomUUID().toString();
        String bob = UUID.randomUUID().toString();
        List<String> alices = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String patient = i % 2 == 0 ? alice : bob;
            String id = TreatmentPlanResourceTest.create(TreatmentPlanResourceTest.plan(patient)).path("id");
            all.add(id);
            if (patient.equals(alice)) {
                alices.add(id);
            }
        }
        // close Alice's first plan: it moves to the end of the sync order and out of the ACTIVE filter
        Map<String, Object> done = TreatmentPlanResourceTest.plan(alice);
        done.put("status", "COMPLETED");
        given().contentType(ContentType.JSON).body(done).when().put(PLANS + "/" + alices.get(0))
                .then().statusCode(200);

        assertThat(walk(PLANS + "?patientId=" + alice + "&limit=2", 2)).containsExactlyElementsOf(alices);
        assertThat(walk(PLANS + "?patientId=" + alice + "&status=ACTIVE&limit=2", 1))
                .containsExactlyElementsOf(alices.subList(1, 3));
        given().when().get(PLANS + "?patientId=" + alice + "&status=COMPLETED")
                .then().statusCode(200).body("items.id", equalTo(List.of(alices.get(0))));
        given().when().get(PLANS + "?patientId=" + bob + "&status=DISCONTINUED")
                .then().statusCode(200).body("items", equalTo(List.of())).body("nextCursor", equalTo(null));

        // sync order is the order of change: the closed plan comes last
        assertThat(walk(PLANS + "?patientId=" + alice + "&updatedSince=2000-01-01T00:00:00Z&limit=2", 2))
                .containsExactly(alices.get(1), alices.get(2), alices.get(0));
        assertThat(walk(PLANS + "?patientId=" + bob + "&updatedSince=2000-01-01T00:00:00Z&limit=2", 1))
                .containsExactlyElementsOf(all.stream().filter(id -> !alices.contains(id)).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = { "limit=0", "limit=201", "cursor=not-a-cursor", "updatedSince=yesterday",
            "patientId=not-a-uuid", "status=FINISHED" })
    void badListParametersAre400NamingTheParameter(String query) {
        given().when().get(PLANS + "?" + query)
                .then().statusCode(400)
                .contentType(TreatmentPlanResourceTest.PROBLEM)
                .body("errors[0].field", equalTo(query.substring(0, query.indexOf('='))));
    }

    @Test
    void everyReadAndChangeLeavesARowNamingThePatient() throws SQLException {
        String patient = UUID.randomUUID().toString();
        String create = "plan-create-" + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON).header("X-Request-Id", create)
                .body(TreatmentPlanResourceTest.plan(patient)).when().post(PLANS)
                .then().statusCode(201).extract().path("id");
        String read = "plan-read-" + UUID.randomUUID();
        given().header("X-Request-Id", read).when().get(PLANS + "/" + id).then().statusCode(200);
        String update = "plan-update-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).header("X-Request-Id", update)
                .body(TreatmentPlanResourceTest.plan(patient)).when().put(PLANS + "/" + id).then().statusCode(200);
        String list = "plan-list-" + UUID.randomUUID();
        given().header("X-Request-Id", list).when().get(PLANS + "?patientId=" + patient).then().statusCode(200);

        String who = "|plan-list-clinic|plan-list-sub|clinic-web|TREATMENT_PLAN|";
        assertThat(rows("resource_id = ?", UUID.fromString(id))).containsExactly(
                "CREATE" + who + id + "|" + patient + "|SUCCESS|" + create,
                "READ" + who + id + "|" + patient + "|SUCCESS|" + read,
                "UPDATE" + who + id + "|" + patient + "|SUCCESS|" + update);
        assertThat(rows("request_id = ?", list)).containsExactly(
                "LIST" + who + "null|" + patient + "|SUCCESS|" + list);
    }

    private List<String> rows(String where, Object parameter) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement("""
                select action, clinic_id, subject, client_id, resource_type, resource_id, patient_id, outcome, request_id
                from audit_event where %s order by occurred_at""".formatted(where))) {
            q.setObject(1, parameter);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    List<String> columns = new ArrayList<>();
                    for (int i = 1; i <= 9; i++) {
                        columns.add(String.valueOf(r.getString(i)));
                    }
                    rows.add(String.join("|", columns));
                }
            }
        }
        return rows;
    }

    /** Follows the Link header from page to page; returns the ids in order. */
    private static List<String> walk(String first, int expectedPages) {
        List<String> seen = new ArrayList<>();
        String link = first;
        int pages = 0;
        while (link != null) {
            // the link is already encoded; encoding it again would turn %3A into %253A
            Response page = given().urlEncodingEnabled(false).when().get(link).then().statusCode(200).extract().response();
            seen.addAll(page.path("items.id"));
            String next = page.path("nextCursor");
            String header = page.header("Link");
            if (next == null) {
                assertThat(header).isNull();
                link = null;
            } else {
                link = header.substring(1, header.indexOf('>'));
                assertThat(link).contains("limit=2").contains("&cursor=" + next);
            }
            pages++;
        }
        assertThat(pages).isEqualTo(expectedPages);
        return seen;
    }
}
