package dev.clinic.booking.rest;

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

/** Locations are not patient records: their changes are audited, their reads are not. */
@QuarkusTest
@TestSecurity(user = "admin-audit", roles = "clinic-admin")
@OidcSecurity(claims = { @Claim(key = "clinic_id", value = "audit-clinic"), @Claim(key = "azp", value = "clinic-web") })
class AuditTest {

    @Inject
    DataSource dataSource;

    @Test
    void changesOfALocationLeaveARowAndReadsDoNot() throws SQLException {
        String requestId = "audit-" + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON).header("X-Request-Id", requestId)
                .body(LocationResourceTest.location("Audited"))
                .when().post(LocationResourceTest.LOCATIONS).then().statusCode(201).extract().path("id");
        given().when().get(LocationResourceTest.LOCATIONS + "/" + id).then().statusCode(200);
        given().when().get(LocationResourceTest.LOCATIONS).then().statusCode(200);
        given().contentType(ContentType.JSON).body(LocationResourceTest.location("Audited again"))
                .when().put(LocationResourceTest.LOCATIONS + "/" + id).then().statusCode(200);

        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("""
                        select action, clinic_id, subject, client_id, resource_type, patient_id, outcome, request_id
                        from audit_event where resource_id = ? or (clinic_id = 'audit-clinic' and resource_id is null)
                        order by occurred_at""")) {
            q.setObject(1, UUID.fromString(id));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(String.join("|", r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), String.valueOf(r.getString(6)), r.getString(7)));
                    if (r.getString(1).equals("CREATE")) {
                        assertThat(r.getString(8)).isEqualTo(requestId);
                    }
                }
            }
        }
        String who = "|audit-clinic|admin-audit|clinic-web|LOCATION|null|SUCCESS";
        assertThat(rows).containsExactly("CREATE" + who, "UPDATE" + who);
    }
}
