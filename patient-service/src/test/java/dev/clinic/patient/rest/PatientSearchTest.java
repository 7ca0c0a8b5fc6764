package dev.clinic.patient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Search by q, birthDate and externalId, alone, together and paged; in a clinic of its own so results are exact. */
@QuarkusTest
@TestSecurity(user = "frontdesk", roles = "front-desk")
@OidcSecurity(claims = @Claim(key = "clinic_id", value = "search-clinic"))
class PatientSearchTest {

    static final String PATIENTS = PatientResourceTest.PATIENTS;
    static final String EHR = "urn:oid:2.16.840.1.113883.19.5";
    /** Patient key -> id, in creation order. */
    static final Map<String, String> IDS = new LinkedHashMap<>();

    static Map<String, Object> person(String given, String family, String preferred, String email, String phone,
            String birthDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", given);
        body.put("familyName", family);
        body.put("preferredName", preferred);
        body.put("birthDate", birthDate);
        body.put("sex", "unknown");
        body.put("email", email);
        body.put("phone", phone);
        return body;
    }

    @BeforeEach
    void patientsExist() {
        if (!IDS.isEmpty()) {
            return;
        }
        Map<String, Object> jose = person("José", "Müller", null, "jose.muller@example.com", "+1 (305) 555-0101",
                "1980-01-15");
        jose.put("externalIds", List.of(Map.of("system", EHR, "value", "MRN-S1")));
        IDS.put("jose", PatientResourceTest.create(jose));
        IDS.put("maria", PatientResourceTest.create(
                person("María", "O'Brien", "Mari", "mobrien@example.org", "305.555.0102", "1980-01-15")));
        IDS.put("joseph", PatientResourceTest.create(
                person("Joseph", "Smith", null, null, "+44 20 7946 0958", "1975-06-30")));
        IDS.put("percent", PatientResourceTest.create(person("Pat", "Per%Cent", null, null, null, "2001-02-03")));
        IDS.put("underscore", PatientResourceTest.create(person("Uma", "Under_Score", null, null, null, "2001-02-03")));
        IDS.put("archie", PatientResourceTest.create(person("Archie", "Müller", null, null, null, "1999-09-09")));
        given().when().post(PATIENTS + "/" + IDS.get("archie") + "/archive").then().statusCode(200);
    }

    static List<String> ids(String... keys) {
        List<String> ids = new ArrayList<>();
        for (String key : keys) {
            ids.add(IDS.get(key));
        }
        return ids;
    }

    static List<String> search(Map<String, ?> query) {
        return given().queryParams(query).when().get(PATIENTS).then().statusCode(200).extract().path("items.id");
    }

    @ParameterizedTest(name = "q={0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "jose ; jose joseph",
            "JOSÉ ; jose joseph",
            "José ; jose joseph",
            "MULLER ; jose",
            "müller josé ; jose",
            "obrien ; maria",
            "O'Brien ; maria",
            "O’BRIEN ; maria",
            "mari ; maria",
            "maria ; maria",
            "example.org ; maria",
            "JOSE.MULLER@EXAMPLE.COM ; jose",
            "305-555-0102 ; maria",
            "(305) 555 0101 ; jose",
            "+1 305 555 0101 ; jose",
            "5550101 ; jose",
            "7946 0958 ; joseph",
            "% ; percent",
            "_ ; underscore",
            "per% ; percent",
            "r_s ; underscore",
            "r_c ; ''",
            "nobody ; ''",
            "jose smith ; joseph",
    })
    void qMatchesNamesEmailAndPhoneIgnoringCaseAndAccents(String q, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : ids(expected.split(" "));
        assertThat(search(Map.of("q", q))).containsExactlyElementsOf(want);
    }

    @Test
    void blankQFiltersNothing() {
        assertThat(search(Map.of("q", "  "))).containsExactlyElementsOf(
                ids("jose", "maria", "joseph", "percent", "underscore"));
    }

    @Test
    void archivedPatientsAreFoundOnlyWhenAsked() {
        assertThat(search(Map.of("q", "muller", "includeArchived", "true"))).containsExactlyElementsOf(
                ids("jose", "archie"));
        assertThat(search(Map.of("q", "archie"))).isEmpty();
        // Sync mode lists every change, archived patients included.
        assertThat(search(Map.of("q", "muller", "updatedSince", "2000-01-01T00:00:00Z"))).contains(IDS.get("archie"));
    }

    @Test
    void birthDateAndExternalIdFilter() {
        assertThat(search(Map.of("birthDate", "1980-01-15"))).containsExactlyElementsOf(ids("jose", "maria"));
        assertThat(search(Map.of("birthDate", "1980-01-15", "q", "mari"))).containsExactlyElementsOf(ids("maria"));
        assertThat(search(Map.of("birthDate", "1999-09-09"))).isEmpty();
        assertThat(search(Map.of("externalId", EHR + "|MRN-S1"))).containsExactlyElementsOf(ids("jose"));
        assertThat(search(Map.of("externalId", EHR + "|MRN-S1", "birthDate", "1975-06-30"))).isEmpty();
        assertThat(search(Map.of("externalId", EHR + "|MRN-S2"))).isEmpty();
        assertThat(search(Map.of("externalId", "urn:other|MRN-S1"))).isEmpty();
    }

    @Test
    void filtersSurvivePagingInTheLinkHeader() {
        List<String> seen = new ArrayList<>();
        String link = PATIENTS + "?q=example&birthDate=1980-01-15&limit=1";
        Response first = given().urlEncodingEnabled(false).when().get(link).then().statusCode(200).extract().response();
        seen.addAll(first.path("items.id"));
        String next = first.header("Link");
        assertThat(next).startsWith("<" + PATIENTS + "?q=example&birthDate=1980-01-15&limit=1&cursor=");
        Response second = given().urlEncodingEnabled(false).when().get(next.substring(1, next.indexOf('>')))
                .then().statusCode(200).extract().response();
        seen.addAll(second.path("items.id"));
        assertThat(second.header("Link")).isNull();
        assertThat(seen).containsExactlyElementsOf(ids("jose", "maria"));

        List<String> all = new ArrayList<>();
        link = PATIENTS + "?q=j&limit=1";
        while (link != null) {
            Response page = given().urlEncodingEnabled(false).when().get(link)
                    .then().statusCode(200).extract().response();
            all.addAll(page.path("items.id"));
            String header = page.header("Link");
            link = header == null ? null : header.substring(1, header.indexOf('>'));
            if (link != null) {
                assertThat(link).contains("q=j&");
            }
        }
        assertThat(all).containsExactlyElementsOf(ids("jose", "joseph"));
    }

    @ParameterizedTest(name = "{0}={1} -> 400 naming {0}")
    @CsvSource(delimiter = ';', value = {
            "externalId ; MRN-S1 ; must be system|value, e.g. urn:oid:2.16.840.1.113883.19.5|MRN-004211",
            "externalId ; |MRN-S1 ; must be system|value, e.g. urn:oid:2.16.840.1.113883.19.5|MRN-004211",
            "birthDate ; 15/01/1980 ; must be a date, YYYY-MM-DD",
    })
    void badSearchParametersAre400(String parameter, String value, String message) {
        given().queryParam(parameter, value).when().get(PATIENTS)
                .then().statusCode(400)
                .contentType(PatientResourceTest.PROBLEM)
                .body("errors.field", contains(parameter))
                .body("errors.message", contains(message));
    }

    @Test
    void qOfMoreThan100CharactersIs400() {
        given().queryParam("q", "x".repeat(101)).when().get(PATIENTS)
                .then().statusCode(400)
                .body("errors.field", contains("q"))
                .body("errors.message", contains("must be at most 100 characters"));
        given().queryParam("q", "x".repeat(100)).when().get(PATIENTS).then().statusCode(200);
    }

    @Test
    void syncWithSearchSeesChangesOnly() {
        Instant mark = Instant.now();
        given().contentType(ContentType.JSON)
                .body(person("Joseph", "Smith", "Joe", null, "+44 20 7946 0958", "1975-06-30"))
                .when().put(PATIENTS + "/" + IDS.get("joseph")).then().statusCode(200);
        assertThat(search(Map.of("q", "jose", "updatedSince", mark.toString())))
                .containsExactlyElementsOf(ids("joseph"));
        assertThat(search(Map.of("q", "joe"))).containsExactlyElementsOf(ids("joseph"));
        given().when().get(PATIENTS + "?q=nobody&updatedSince=" + mark).then().statusCode(200).body("items", empty())
                .body("nextCursor", equalTo(null));
    }
}
