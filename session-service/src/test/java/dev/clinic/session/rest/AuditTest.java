package dev.clinic.session.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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

/** Sessions are patient records: every read and change leaves a row naming the patient. */
@QuarkusTest
@TestSecurity(user = "needling-audit", roles = "practitioner")
@OidcSecurity(claims = { @Claim(key = "clinic_id", value = "audit-clinic"), @Claim(key = "azp", value = "clinic-web"),
        @Claim(key = "sub", value = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f") })
class AuditTest {

    static final String SESSIONS = Sessions.SESSIONS;
    static final String WHO = "|audit-clinic|7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f|clinic-web|SESSION|";

    @Inject
    DataSource dataSource;

    @Test
    void creatingReadingAndListingSessionsLeaveRowsNamingThePatient() throws SQLException {
        String patient = UUID.randomUUID().toString();
        String create = "audit-create-" + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON).header("X-Request-Id", create)
                .body(Sessions.dryNeedling(patient))
                .when().post(SESSIONS).then().statusCode(201).extract().path("id");
        String read = "audit-read-" + UUID.randomUUID();
        given().header("X-Request-Id", read).when().get(SESSIONS + "/" + id).then().statusCode(200);
        String listOne = "audit-list-" + UUID.randomUUID();
        given().header("X-Request-Id", listOne).when().get(SESSIONS + "?patientId=" + patient)
                .then().statusCode(200);
        String listAll = "audit-all-" + UUID.randomUUID();
        given().header("X-Request-Id", listAll).when().get(SESSIONS).then().statusCode(200);

        assertThat(rows("resource_id = ?", UUID.fromString(id))).containsExactly(
                "CREATE" + WHO + id + "|" + patient + "|SUCCESS|" + create,
                "READ" + WHO + id + "|" + patient + "|SUCCESS|" + read);
        assertThat(rows("request_id = ?", listOne)).containsExactly(
                "LIST" + WHO + "null|" + patient + "|SUCCESS|" + listOne);
        assertThat(rows("request_id = ?", listAll)).containsExactly(
                "LIST" + WHO + "null|null|SUCCESS|" + listAll);
    }

    /**
     * A request refused for its role reaches no use case and so leaves no success row; the refusal
     * itself is a DENIED row (platform DeniedAttempts).
     */
    @Test
    @TestSecurity(user = "frontdesk-audit", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "audit-clinic"))
    void aForbiddenReadLeavesNoSuccessRow() throws SQLException {
        String refused = "audit-refused-" + UUID.randomUUID();
        given().header("X-Request-Id", refused).when().get(SESSIONS).then().statusCode(403);
        assertThat(rows("request_id = ?", refused)).containsExactly(
                "READ|audit-clinic|frontdesk-audit|null|SESSION|null|null|DENIED|" + refused);
    }

    private List<String> rows(String where, Object parameter) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("""
                        select action, clinic_id, subject, client_id, resource_type, resource_id, patient_id, outcome,
                               request_id
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
}
