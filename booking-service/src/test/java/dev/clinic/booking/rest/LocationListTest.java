package dev.clinic.booking.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Keyset paging and sync mode, in a clinic of its own so the counts are exact. */
@QuarkusTest
@TestSecurity(user = "admin-paging", roles = "clinic-admin")
@OidcSecurity(claims = @Claim(key = "clinic_id", value = "paging-clinic"))
class LocationListTest {

    static final String LOCATIONS = LocationResourceTest.LOCATIONS;

    @Test
    void pagesWalkEveryLocationOnceInCreationOrderAndSyncSeesChanges() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(LocationResourceTest.create(LocationResourceTest.location("Page" + i)));
        }

        List<String> seen = new ArrayList<>();
        String link = LOCATIONS + "?limit=2";
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
                assertThat(header).isEqualTo("<" + LOCATIONS + "?limit=2&cursor=" + next + ">; rel=\"next\"");
                link = header.substring(1, header.indexOf('>'));
            }
            pages++;
        }
        assertThat(seen).containsExactlyElementsOf(created);
        assertThat(pages).isEqualTo(3);

        // Sync: only what changed since the mark.
        Instant mark = Instant.now();
        String changed = created.get(3);
        given().contentType(ContentType.JSON).body(LocationResourceTest.location("Changed"))
                .when().put(LOCATIONS + "/" + changed)
                .then().statusCode(200);
        List<String> synced = given().queryParam("updatedSince", mark.toString())
                .when().get(LOCATIONS)
                .then().statusCode(200).extract().path("items.id");
        assertThat(synced).containsExactly(changed);
    }

    @ParameterizedTest
    @ValueSource(strings = { "limit=0", "limit=201", "limit=abc", "cursor=not-a-cursor", "updatedSince=yesterday" })
    void badListParametersAre400NamingTheParameter(String query) {
        given().when().get(LOCATIONS + "?" + query)
                .then().statusCode(400)
                .contentType(LocationResourceTest.PROBLEM)
                .body("errors[0].field", equalTo(query.substring(0, query.indexOf('='))));
    }
}
