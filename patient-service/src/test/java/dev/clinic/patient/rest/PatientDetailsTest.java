package dev.clinic.patient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.clinic.patient.TestPatients;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The whole patient record: address, emergency contact, external ids, and what may not be sent. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestSecurity(user = "frontdesk", roles = "front-desk")
@OidcSecurity(claims = @Claim(key = "clinic_id", value = PatientDetailsTest.CLINIC))
class PatientDetailsTest {

    static final String CLINIC = "details-clinic";
    static final String SELF = "3f6b9d2a-51c4-4e0e-8d7a-0b6c1f2e0001";
    static final String PATIENTS = PatientResourceTest.PATIENTS;
    static final String PROBLEM = PatientResourceTest.PROBLEM;
    static final String EHR = "urn:oid:2.16.840.1.113883.19.5";
    static final String SHARED_MRN = "MRN-SHARED-" + UUID.randomUUID();
    static final String SELF_MRN = "MRN-SELF-" + UUID.randomUUID();

    @Inject
    DataSource dataSource;

    static Map<String, Object> full(String familyName, String mrn) {
        Map<String, Object> body = new HashMap<>(PatientResourceTest.patient(familyName));
        body.put("preferredName", "Mari");
        body.put("address", Map.of("line1", "1200 Brickell Ave", "line2", "Apt 4B", "city", "Miami", "region", "FL",
                "postalCode", "33131", "country", "US"));
        body.put("emergencyContact",
                Map.of("name", "Jorge Lopez", "phone", "+1 305 555 0199", "relationship", "spouse"));
        body.put("externalIds", List.of(Map.of("system", EHR, "value", mrn),
                Map.of("system", "https://ehr.example.com/mrn", "value", mrn)));
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    static String mrn() {
        return "MRN-" + UUID.randomUUID();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWholeRecordRoundTrips() {
        String mrn = mrn();
        Response created = given().contentType(ContentType.JSON).body(full("Whole", mrn))
                .when().post(PATIENTS)
                .then().statusCode(201)
                .body("preferredName", equalTo("Mari"))
                .body("address.line1", equalTo("1200 Brickell Ave"))
                .body("address.line2", equalTo("Apt 4B"))
                .body("address.city", equalTo("Miami"))
                .body("address.region", equalTo("FL"))
                .body("address.postalCode", equalTo("33131"))
                .body("address.country", equalTo("US"))
                .body("emergencyContact.name", equalTo("Jorge Lopez"))
                .body("emergencyContact.phone", equalTo("+1 305 555 0199"))
                .body("emergencyContact.relationship", equalTo("spouse"))
                // ordered by system, then value
                .body("externalIds.system", contains("https://ehr.example.com/mrn", EHR))
                .body("externalIds.value", contains(mrn, mrn))
                .extract().response();
        String id = created.path("id");
        Map<String, Object> read = given().when().get(PATIENTS + "/" + id)
                .then().statusCode(200)
                .body("address.country", equalTo("US"))
                .body("emergencyContact.relationship", equalTo("spouse"))
                .body("externalIds.size()", equalTo(2))
                .extract().as(Map.class);

        // What a client read it may send back as it is: server-owned fields are ignored, nothing changes.
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(read)
                .when().put(PATIENTS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("externalIds.value", contains(mrn, mrn));

        // A replace is the whole record: what is left out is cleared.
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(PatientResourceTest.patient("Whole"))
                .when().put(PATIENTS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("preferredName", nullValue())
                .body("address", nullValue())
                .body("emergencyContact", nullValue())
                .body("externalIds", empty());
        // ...and the external ids it dropped are free again.
        given().contentType(ContentType.JSON).body(full("Successor", mrn)).when().post(PATIENTS).then().statusCode(201);
    }

    @Test
    void changingOnlyTheExternalIdsMovesTheVersion() {
        Map<String, Object> body = full("Versioned", mrn());
        String id = PatientResourceTest.create(body);
        Response before = given().when().get(PATIENTS + "/" + id).then().extract().response();
        Response after = given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(with(body, "externalIds", List.of(Map.of("system", EHR, "value", mrn()))))
                .when().put(PATIENTS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("externalIds.size()", equalTo(1))
                .extract().response();
        assertThat((String) after.path("updatedAt")).isGreaterThan(before.path("updatedAt"));
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
            "birthDate ; 1899-12-31 ; must be on or after 1900-01-01",
            "address.line1 ; '' ; must not be blank",
            "address.city ; '' ; must not be blank",
            "address.country ; USA ; must be an ISO 3166-1 alpha-2 country code, e.g. US",
            "address.country ; us ; must be an ISO 3166-1 alpha-2 country code, e.g. US",
            "address.country ; XX ; must be an ISO 3166-1 alpha-2 country code, e.g. US",
            "address.country ; '' ; must not be blank",
            "address.postalCode ; 123456789012345678901 ; size must be between 0 and 20",
            "emergencyContact.name ; '' ; must not be blank",
            "emergencyContact.phone ; call me ; must be a phone number",
            "externalIds[0].system ; 'a b' ; must contain no spaces and no |",
            "externalIds[0].system ; 'a|b' ; must contain no spaces and no |",
            "externalIds[1].value ; '' ; must not be blank",
    })
    @SuppressWarnings("unchecked")
    void invalidDetailIsNamed(String field, String value, String message) {
        Map<String, Object> body = full("Invalid", mrn());
        String[] path = field.split("\\.");
        if (path[0].startsWith("externalIds")) {
            int index = Integer.parseInt(path[0].replaceAll("\\D", ""));
            List<Map<String, Object>> ids = new java.util.ArrayList<>();
            for (Object id : (List<?>) body.get("externalIds")) {
                ids.add(new HashMap<>((Map<String, Object>) id));
            }
            ids.get(index).put(path[1], value);
            body.put("externalIds", ids);
        } else if (path.length == 2) {
            Map<String, Object> part = new HashMap<>((Map<String, Object>) body.get(path[0]));
            part.put(path[1], value);
            body.put(path[0], part);
        } else {
            body.put(field, value);
        }
        given().contentType(ContentType.JSON).body(body)
                .when().post(PATIENTS)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/validation-failed"))
                .body("errors.field", contains(field))
                .body("errors.message", contains(message));
    }

    @Test
    void anExternalIdTwiceInOneRequestIsNamed() {
        String mrn = mrn();
        Map<String, String> id = Map.of("system", EHR, "value", mrn);
        given().contentType(ContentType.JSON)
                .body(with(full("Twice", mrn), "externalIds", List.of(id, Map.of("system", EHR, "value", "other"), id)))
                .when().post(PATIENTS)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", contains("externalIds[2]"))
                .body("errors.message", contains("duplicates externalIds[0]"));
        // The same value in another system is another identifier.
        given().contentType(ContentType.JSON)
                .body(with(full("Twice", mrn), "externalIds", List.of(id, Map.of("system", "urn:other", "value", mrn))))
                .when().post(PATIENTS)
                .then().statusCode(201);
    }

    @Test
    void tooManyExternalIdsAre400() {
        List<Map<String, String>> ids = java.util.stream.IntStream.range(0, 21)
                .mapToObj(i -> Map.of("system", EHR, "value", mrn())).toList();
        given().contentType(ContentType.JSON).body(with(full("Many", mrn()), "externalIds", ids))
                .when().post(PATIENTS)
                .then().statusCode(400)
                .body("errors.field", contains("externalIds"));
    }

    @Test
    void anExternalIdBelongsToOnePatientPerClinic() {
        String mrn = mrn();
        String holder = PatientResourceTest.create(full("Holder", mrn));

        // on create
        given().contentType(ContentType.JSON).body(full("Taker", mrn))
                .when().post(PATIENTS)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/external-id-taken"))
                .body("existingPatientId", equalTo(holder))
                .body("system", equalTo(EHR))
                .body("value", equalTo(mrn));

        // on replace, and the loser is left as it was
        String taker = PatientResourceTest.create(full("Taker", mrn()));
        given().contentType(ContentType.JSON).body(full("Taker", mrn))
                .when().put(PATIENTS + "/" + taker)
                .then().statusCode(409)
                .body("type", equalTo("https://clinic.dev/problems/external-id-taken"))
                .body("existingPatientId", equalTo(holder));
        given().when().get(PATIENTS + "/" + taker).then().body("version", equalTo(0))
                .body("externalIds.value", not(hasItem(mrn)));

        // a patient keeps their own ids on replace
        given().contentType(ContentType.JSON).body(full("Holder again", mrn))
                .when().put(PATIENTS + "/" + holder)
                .then().statusCode(200);

        // an archived patient still holds them
        given().when().post(PATIENTS + "/" + holder + "/archive").then().statusCode(200);
        given().contentType(ContentType.JSON).body(full("Taker", mrn))
                .when().post(PATIENTS)
                .then().statusCode(409)
                .body("existingPatientId", equalTo(holder));
    }

    @Test
    @Order(1)
    void aClinicRegistersAnExternalId() {
        PatientResourceTest.create(full("Here", SHARED_MRN));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "frontdesk-elsewhere", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = "details-other-clinic"))
    void anotherClinicMayUseTheSameExternalId() {
        String id = PatientResourceTest.create(full("Elsewhere", SHARED_MRN));
        given().when().get(PATIENTS + "?externalId=" + EHR + "|" + SHARED_MRN)
                .then().statusCode(200).body("items.id", contains(id));
        given().contentType(ContentType.JSON).body(full("Elsewhere again", SHARED_MRN))
                .when().post(PATIENTS).then().statusCode(409).body("existingPatientId", equalTo(id));
    }

    @Test
    void unknownPatientIs404ForEveryOperation() {
        String unknown = PATIENTS + "/" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(PatientResourceTest.patient("Ghost"))
                .when().put(unknown).then().statusCode(404).contentType(PROBLEM);
        given().when().post(unknown + "/archive").then().statusCode(404).contentType(PROBLEM);
        given().when().post(unknown + "/unarchive").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void archiveAndUnarchiveHonourIfMatch() {
        String id = PatientResourceTest.create(PatientResourceTest.patient("Guarded"));
        given().header("If-Match", "\"0\"").when().post(PATIENTS + "/" + id + "/archive")
                .then().statusCode(200).header("ETag", "\"1\"");
        given().header("If-Match", "\"0\"").when().post(PATIENTS + "/" + id + "/unarchive")
                .then().statusCode(412)
                .contentType(PROBLEM)
                .body("type", equalTo("https://clinic.dev/problems/precondition-failed"));
        given().header("If-Match", "\"0\"").when().post(PATIENTS + "/" + id + "/archive")
                .then().statusCode(412);
        given().when().get(PATIENTS + "/" + id).then().header("ETag", "\"1\"");
        given().header("If-Match", "\"1\"").when().post(PATIENTS + "/" + id + "/unarchive")
                .then().statusCode(200).header("ETag", "\"2\"").body("archivedAt", nullValue());
    }

    @Test
    @Order(1)
    void theClinicRecordsAPatientsExternalIds() {
        TestPatients.insert(dataSource, CLINIC, UUID.fromString(SELF), "Self", LocalDate.of(1979, 11, 30));
        given().contentType(ContentType.JSON).body(full("Self", SELF_MRN))
                .when().put(PATIENTS + "/" + SELF)
                .then().statusCode(200).body("externalIds.size()", equalTo(2));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "patient", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC), @Claim(key = "patient_id", value = SELF) })
    void aPatientMayNotChangeTheirExternalIds() {
        Map<String, Object> body = full("Self", SELF_MRN);
        given().contentType(ContentType.JSON).body(with(body, "externalIds", List.of(Map.of("system", EHR, "value",
                        mrn()))))
                .when().put(PATIENTS + "/" + SELF)
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("detail", equalTo("External ids are kept by the clinic; a patient may not change them"));
        // Left out, they are kept; sent back unchanged, too.
        given().contentType(ContentType.JSON).body(with(with(body, "externalIds", null), "familyName", "Selfish"))
                .when().put(PATIENTS + "/" + SELF)
                .then().statusCode(200)
                .body("familyName", equalTo("Selfish"))
                .body("externalIds.value", contains(SELF_MRN, SELF_MRN));
        given().contentType(ContentType.JSON).body(body)
                .when().put(PATIENTS + "/" + SELF)
                .then().statusCode(200)
                .body("externalIds.size()", equalTo(2));
    }
}
