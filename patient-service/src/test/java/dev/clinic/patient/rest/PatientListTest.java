package dev.clinic.patient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Keyset paging and sync mode, in a clinic of its own so the counts are exact. */
@QuarkusTest
@TestSecurity(user = "frontdesk", roles = "front-desk")
@OidcSecurity(claims = @Claim(key = "clinic_id", value = "paging-clinic"))
class PatientListTest {

    @Test
    void pagesWalkEveryPatientOnceInCreationOrderAndSyncSeesChanges() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(PatientResourceTest.create(PatientResourceTest.patient("Page" + i)));
        }

        List<String> seen = new ArrayList<>();
        String link = PatientResourceTest.PATIENTS + "?limit=2";
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
                assertThat(header).isEqualTo("<" + PatientResourceTest.PATIENTS + "?limit=2&cursor=" + next + ">; rel=\"next\"");
                link = header.substring(1, header.indexOf('>'));
            }
            pages++;
        }
        assertThat(seen).containsExactlyElementsOf(created);
        assertThat(pages).isEqualTo(3);

        // Sync: only what changed since the mark, ordered by update time.
        Instant mark = Instant.now();
        String changed = created.get(1);
        given().contentType(ContentType.JSON).body(PatientResourceTest.patient("Changed"))
                .when().put(PatientResourceTest.PATIENTS + "/" + changed)
                .then().statusCode(200);
        List<String> synced = given().queryParam("updatedSince", mark.toString())
                .when().get(PatientResourceTest.PATIENTS)
                .then().statusCode(200).extract().path("items.id");
        assertThat(synced).containsExactly(changed);

        // A cursor of one ordering is refused by the other.
        String plainCursor = given().when().get(PatientResourceTest.PATIENTS + "?limit=1")
                .then().extract().path("nextCursor");
        given().queryParam("updatedSince", mark.toString()).queryParam("cursor", plainCursor)
                .when().get(PatientResourceTest.PATIENTS)
                .then().statusCode(400);
    }
}
