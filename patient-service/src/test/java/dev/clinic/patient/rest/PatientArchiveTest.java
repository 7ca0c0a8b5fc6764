package dev.clinic.patient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Archiving hides a patient from lists, never from reads or sync; in a clinic of its own so lists are exact. */
@QuarkusTest
@TestSecurity(user = "frontdesk", roles = "front-desk")
@OidcSecurity(claims = @Claim(key = "clinic_id", value = "archive-clinic"))
class PatientArchiveTest {

    static final String PATIENTS = PatientResourceTest.PATIENTS;

    static List<String> list(String query) {
        return given().when().get(PATIENTS + "?limit=200" + query).then().statusCode(200).extract().path("items.id");
    }

    @Test
    void archiveHidesFromListsUnarchiveBringsBack() {
        String kept = PatientResourceTest.create(PatientResourceTest.patient("Kept"));
        String leaving = PatientResourceTest.create(PatientResourceTest.patient("Leaving"));
        Instant mark = Instant.now();
        Response created = given().when().get(PATIENTS + "/" + leaving).then().extract().response();

        Response archived = given().when().post(PATIENTS + "/" + leaving + "/archive")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("archivedAt", notNullValue())
                .extract().response();
        assertThat((String) archived.path("updatedAt")).isGreaterThan(created.path("updatedAt"));

        // Archiving again changes nothing: same instant, same version.
        given().when().post(PATIENTS + "/" + leaving + "/archive")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("archivedAt", equalTo(archived.path("archivedAt")))
                .body("updatedAt", equalTo(archived.path("updatedAt")));

        // Still readable, hidden from plain lists, shown on request and in sync.
        given().when().get(PATIENTS + "/" + leaving).then().statusCode(200).body("archivedAt", notNullValue());
        assertThat(list("")).contains(kept).doesNotContain(leaving);
        assertThat(list("&includeArchived=false")).contains(kept).doesNotContain(leaving);
        assertThat(list("&includeArchived=true")).contains(kept, leaving);
        assertThat(list("&updatedSince=" + mark)).containsExactly(leaving);

        // Demographics of an archived patient may still be corrected; the archive stays.
        given().contentType(ContentType.JSON).body(PatientResourceTest.patient("Left"))
                .when().put(PATIENTS + "/" + leaving)
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("familyName", equalTo("Left"))
                .body("archivedAt", equalTo(archived.path("archivedAt")));

        Response back = given().when().post(PATIENTS + "/" + leaving + "/unarchive")
                .then().statusCode(200)
                .header("ETag", "\"3\"")
                .body("archivedAt", nullValue())
                .extract().response();
        given().when().post(PATIENTS + "/" + leaving + "/unarchive")
                .then().statusCode(200)
                .header("ETag", "\"3\"")
                .body("updatedAt", equalTo(back.path("updatedAt")));
        assertThat(list("")).contains(kept, leaving);
    }
}
