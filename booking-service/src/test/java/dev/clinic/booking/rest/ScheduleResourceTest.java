package dev.clinic.booking.rest;

import static dev.clinic.booking.rest.PractitionerFixtures.PRACTITIONERS;
import static dev.clinic.booking.rest.PractitionerFixtures.PROBLEM;
import static dev.clinic.booking.rest.PractitionerFixtures.count;
import static dev.clinic.booking.rest.PractitionerFixtures.create;
import static dev.clinic.booking.rest.PractitionerFixtures.createLocation;
import static dev.clinic.booking.rest.PractitionerFixtures.insertPractitioner;
import static dev.clinic.booking.rest.PractitionerFixtures.practitioner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
class ScheduleResourceTest {

    static final String CLINIC = "schedules-b";

    @Inject
    DataSource dataSource;

    static String schedule(String practitionerId) {
        return PRACTITIONERS + "/" + practitionerId + "/schedule";
    }

    static Map<String, Object> interval(String weekday, String start, String end, String locationId) {
        return Map.of("weekday", weekday, "start", start, "end", end, "locationId", locationId);
    }

    static Map<String, Object> week(List<Map<String, Object>> intervals) {
        return Map.of("intervals", intervals);
    }

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void adminReplacesTheWholeWeekWithIfMatch() throws SQLException {
        String id = create(practitioner("Scheduled"));
        String downtown = createLocation();
        String annex = createLocation();
        given().when().get(schedule(id))
                .then().statusCode(200).header("ETag", "\"0\"").body("intervals", equalTo(List.of()));

        List<Map<String, Object>> intervals = new ArrayList<>();
        for (String day : List.of("FRIDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY")) {
            intervals.add(interval(day, "13:00", "17:00", annex));
            intervals.add(interval(day, "09:00", "13:00", downtown)); // touches the afternoon: fine
        }
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(week(intervals))
                .when().put(schedule(id))
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("practitionerId", equalTo(id))
                .body("version", equalTo(1))
                .body("intervals.size()", equalTo(10))
                .body("intervals[0].weekday", equalTo("MONDAY"))
                .body("intervals[0].start", equalTo("09:00"))
                .body("intervals[0].end", equalTo("13:00"))
                .body("intervals[0].locationId", equalTo(downtown))
                .body("intervals[1].start", equalTo("13:00"))
                .body("intervals[9].weekday", equalTo("FRIDAY"));
        // the schedule's version is the practitioner's
        given().when().get(PRACTITIONERS + "/" + id).then().header("ETag", "\"1\"");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(week(List.of()))
                .when().put(schedule(id))
                .then().statusCode(412).contentType(PROBLEM);
        given().when().get(schedule(id)).then().body("intervals.size()", equalTo(10));

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(week(List.of(interval("SATURDAY", "10:00", "14:30", downtown))))
                .when().put(schedule(id))
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("intervals.size()", equalTo(1))
                .body("intervals[0].end", equalTo("14:30"));
        assertThat(count(dataSource, "select count(*) from schedule_interval where practitioner_id = ?",
                UUID.fromString(id))).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "admin", roles = "clinic-admin")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void overlapsBackwardsIntervalsAndUnknownLocationsAreNamed() {
        String id = create(practitioner("Overbooked"));
        String location = createLocation();
        given().contentType(ContentType.JSON)
                .body(week(List.of(interval("MONDAY", "09:00", "17:00", location),
                        interval("TUESDAY", "09:00", "10:00", location),
                        interval("MONDAY", "10:00", "11:00", location),
                        interval("MONDAY", "12:00", "13:00", location))))
                .when().put(schedule(id))
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("intervals[2]", "intervals[3]")))
                .body("errors[0].message", equalTo("overlaps intervals[0] (MONDAY 09:00-17:00)"));
        given().contentType(ContentType.JSON)
                .body(week(List.of(interval("MONDAY", "12:00", "09:00", location),
                        interval("MONDAY", "09:00", "09:30:30", location),
                        interval("MONDAY", "10:00", "11:00", location))))
                .when().put(schedule(id))
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("intervals[0].end", "intervals[1].end")));
        // a location the clinic does not have (unknown or another clinic's) is a 404 naming each interval
        given().contentType(ContentType.JSON)
                .body(week(List.of(interval("MONDAY", "09:00", "10:00", location),
                        interval("TUESDAY", "10:00", "11:00", UUID.randomUUID().toString()),
                        interval("FRIDAY", "10:00", "11:00", UUID.randomUUID().toString()))))
                .when().put(schedule(id))
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", endsWith("/not-found"))
                .body("errors.field", equalTo(List.of("intervals[1].locationId", "intervals[2].locationId")));
        given().contentType(ContentType.JSON)
                .body(week(List.of(Map.of("weekday", "MONDAY", "start", "9am", "end", "12:00", "locationId", location))))
                .when().put(schedule(id))
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("intervals[0].start")));
        given().contentType(ContentType.JSON).body(Map.of())
                .when().put(schedule(id))
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("intervals")));
        given().when().get(schedule(id)).then().header("ETag", "\"0\"").body("intervals", equalTo(List.of()));

        String unknown = UUID.randomUUID().toString();
        given().when().get(schedule(unknown)).then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(week(List.of())).when().put(schedule(unknown))
                .then().statusCode(404);
    }

    @Test
    void anonymousCallerGets401() {
        String id = UUID.randomUUID().toString();
        given().when().get(schedule(id)).then().statusCode(401).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(week(List.of())).when().put(schedule(id)).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "frontdesk", roles = "front-desk")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void frontDeskReadsButDoesNotChange() throws SQLException {
        readsButDoesNotChange();
    }

    @Test
    @TestSecurity(user = "needling", roles = "practitioner")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void practitionerReadsButDoesNotChange() throws SQLException {
        readsButDoesNotChange();
    }

    @Test
    @TestSecurity(user = "ehr-sync", roles = "integrator")
    @OidcSecurity(claims = @Claim(key = "clinic_id", value = CLINIC))
    void integratorReadsButDoesNotChange() throws SQLException {
        readsButDoesNotChange();
    }

    @Test
    @TestSecurity(user = "patient", roles = "patient")
    @OidcSecurity(claims = { @Claim(key = "clinic_id", value = CLINIC),
            @Claim(key = "patient_id", value = "00000000-0000-0000-0000-000000000001") })
    void patientsUseAvailabilityInstead() throws SQLException {
        String id = insertPractitioner(dataSource, CLINIC, true, null).toString();
        given().when().get(schedule(id)).then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(week(List.of())).when().put(schedule(id)).then().statusCode(403);
    }

    private void readsButDoesNotChange() throws SQLException {
        String id = insertPractitioner(dataSource, CLINIC, true, null).toString();
        given().when().get(schedule(id)).then().statusCode(200).header("ETag", "\"0\"");
        given().contentType(ContentType.JSON).body(week(List.of())).when().put(schedule(id))
                .then().statusCode(403).contentType(PROBLEM);
    }
}
