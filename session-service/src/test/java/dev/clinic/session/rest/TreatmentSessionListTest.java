package dev.clinic.session.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;

/** Keyset paging and the patient filter, in a clinic of its own so the counts are exact. */
@QuarkusTest
@TestSecurity(user = "needling-paging", roles = "practitioner")
@OidcSecurity(claims = @Claim(key = "clinic_id", value = "paging-clinic"))
class TreatmentSessionListTest {

    static final String SESSIONS = TreatmentSessionResourceTest.SESSIONS;

    @Test
    void pagesWalkEverySessionOnceInCreationOrderAndTheFilterKeepsToOnePatient() {
        String alice = UUID.randomUUID().toString();
        String bob = UUID.randomUUID().toString();
        List<String> all = new ArrayList<>();
        List<String> alices = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String patient = i % 2 == 0 ? alice : bob;
            String id = TreatmentSessionResourceTest.create(TreatmentSessionResourceTest.dryNeedling(patient));
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
            "patientId=not-a-uuid" })
    void badListParametersAre400NamingTheParameter(String query) {
        given().when().get(SESSIONS + "?" + query)
                .then().statusCode(400)
                .contentType(TreatmentSessionResourceTest.PROBLEM)
                .body("errors[0].field", equalTo(query.substring(0, query.indexOf('='))));
    }
}
