package dev.clinic.patient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = "frontdesk-audit", roles = "front-desk")
@OidcSecurity(claims = { @Claim(key = "clinic_id", value = "audit-clinic"), @Claim(key = "azp", value = "clinic-web") })
class AuditTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyReadAndChangeOfAPatientLeavesARow() throws SQLException {
        String requestId = "audit-" + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON).header("X-Request-Id", requestId)
                .body(PatientResourceTest.patient("Audited"))
                .when().post(PatientResourceTest.PATIENTS).then().statusCode(201).extract().path("id");
        given().when().get(PatientResourceTest.PATIENTS + "/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).body(PatientResourceTest.patient("Audited again"))
                .when().put(PatientResourceTest.PATIENTS + "/" + id).then().statusCode(200);

        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("""
                        select action, clinic_id, subject, client_id, resource_type, patient_id, outcome, request_id
                        from audit_event where resource_id = ? order by occurred_at""")) {
            q.setObject(1, UUID.fromString(id));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(String.join("|", r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getString(7)));
                    if (r.getString(1).equals("CREATE")) {
                        assertThat(r.getString(8)).isEqualTo(requestId);
                    }
                }
            }
        }
        String who = "|audit-clinic|frontdesk-audit|clinic-web|PATIENT|" + id + "|SUCCESS";
        assertThat(rows).containsExactly("CREATE" + who, "READ" + who, "UPDATE" + who);
    }

    @Test
    void archiveUnarchiveListAndSearchLeaveRows() throws SQLException {
        String id = given().contentType(ContentType.JSON).body(PatientResourceTest.patient("Audited archive"))
                .when().post(PatientResourceTest.PATIENTS).then().statusCode(201).extract().path("id");
        given().when().post(PatientResourceTest.PATIENTS + "/" + id + "/archive").then().statusCode(200);
        given().when().post(PatientResourceTest.PATIENTS + "/" + id + "/unarchive").then().statusCode(200);
        assertThat(actions("resource_id = ?", UUID.fromString(id))).containsExactly("CREATE", "ARCHIVE", "UNARCHIVE");

        String listed = "list-" + UUID.randomUUID();
        given().header("X-Request-Id", listed).when().get(PatientResourceTest.PATIENTS).then().statusCode(200);
        assertThat(actions("request_id = ?", listed)).containsExactly("LIST");
        String searched = "search-" + UUID.randomUUID();
        given().header("X-Request-Id", searched).queryParam("q", "audited")
                .when().get(PatientResourceTest.PATIENTS).then().statusCode(200);
        assertThat(actions("request_id = ?", searched)).containsExactly("SEARCH");
    }

    private List<String> actions(String where, Object value) throws SQLException {
        List<String> actions = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "select action from audit_event where " + where + " order by occurred_at")) {
            q.setObject(1, value);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    actions.add(r.getString(1));
                }
            }
        }
        return actions;
    }

    @Test
    void auditRowsCannotBeChangedOrDeleted() throws SQLException {
        given().when().get(PatientResourceTest.PATIENTS).then().statusCode(200);
        try (Connection c = dataSource.getConnection()) {
            assertThatThrownBy(() -> c.createStatement().executeUpdate("update audit_event set outcome = 'DENIED'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> c.createStatement().executeUpdate("delete from audit_event"))
                    .hasMessageContaining("append-only");
        }
    }
}
