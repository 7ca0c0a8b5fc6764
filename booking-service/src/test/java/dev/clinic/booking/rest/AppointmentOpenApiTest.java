package dev.clinic.booking.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Appointments and availability in the OpenAPI document: each operation's id and exactly the
 * answers it lists. Every code below is produced by a test; the comment on each line names them
 * (R = AppointmentRolesTest, S = AppointmentRescheduleTest, V = AvailabilityResourceTest,
 * N = AppointmentNoClinicTest). A code
 * added to the document without a test producing it fails here until both are added.
 */
@QuarkusTest
class AppointmentOpenApiTest {

    record Operation(String path, String method, String id, List<String> codes) {
    }

    static final List<Operation> OPERATIONS = List.of(
            // R: frontDeskMayDoEverything 201; createAnswersEveryListedCode 400/404/409/422/503;
            // anonymousIs401Everywhere 401; practitionerReadsButNeverWrites 403
            new Operation("/api/v1/appointments", "post", "createAppointment",
                    List.of("201", "400", "401", "403", "404", "409", "422", "503")),
            // R: 200 every reading role; badInputIs400 400; anonymous 401; patientTokenWithoutPatientId 403;
            // anotherPatientsAppointmentsAreUnknownToAPatient 404
            new Operation("/api/v1/appointments", "get", "listAppointments",
                    List.of("200", "400", "401", "403", "404")),
            // R: 200 every reading role; anonymous 401; N (AppointmentNoClinicTest) 403; unknownIdsAre404 404
            new Operation("/api/v1/appointments/{id}", "get", "getAppointment", List.of("200", "401", "403", "404")),
            // S: frontDeskMovesItInsideHours 200; badBodyIs400 400; anonymousIs401 401; practitioner/integrator/
            // patient 403; unknownOrAnotherClinicsAppointmentIs404 404; overlap/outside/cancelled 409;
            // staleIfMatchIs412 412; patientServiceHangingOrDroppingIs503 503
            new Operation("/api/v1/appointments/{id}", "put", "rescheduleAppointment",
                    List.of("200", "400", "401", "403", "404", "409", "412", "503")),
            // R: 200 staff and own patient; badInputIs400 400; 401; 403 reading roles; 404 unknown and another
            // patient's; transitionsFromTheWrongStateAre409 409; staleIfMatchIs412OnEveryTransition 412
            new Operation("/api/v1/appointments/{id}/cancel", "post", "cancelAppointment",
                    List.of("200", "400", "401", "403", "404", "409", "412")),
            // R: lifecycle 200 (staff; practitionerChecksInAndCompletesOnlyTheirOwn for a practitioner's own); 401;
            // 403 integrators, patients and another practitioner's appointment; unknownIdsAre404; wrong state 409;
            // stale 412
            new Operation("/api/v1/appointments/{id}/check-in", "post", "checkInAppointment",
                    List.of("200", "401", "403", "404", "409", "412")),
            new Operation("/api/v1/appointments/{id}/complete", "post", "completeAppointment",
                    List.of("200", "401", "403", "404", "409", "412")),
            new Operation("/api/v1/appointments/{id}/no-show", "post", "markAppointmentNoShow",
                    List.of("200", "401", "403", "404", "409", "412")),
            // V: every role 200; badParametersAre400 400; anonymousIs401 401; N: 403 without clinic_id
            new Operation("/api/v1/availability", "get", "getAvailability", List.of("200", "400", "401", "403", "404")));

    static JsonPath document() {
        return given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    void everyOperationHasItsIdAndExactlyItsAnswers() {
        JsonPath doc = document();
        for (Operation op : OPERATIONS) {
            String at = "paths.'" + op.path() + "'." + op.method();
            assertThat(doc.getString(at + ".operationId")).as(op.method() + " " + op.path()).isEqualTo(op.id());
            Map<String, Object> responses = doc.getMap(at + ".responses");
            assertThat(responses.keySet()).as(op.id()).containsExactlyInAnyOrderElementsOf(op.codes());
        }
    }

    /** No appointment or availability operation the document has and this test does not know of. */
    @Test
    void noOperationIsLeftOut() {
        JsonPath doc = document();
        Map<String, String> documented = new LinkedHashMap<>();
        for (String path : List.of("/api/v1/appointments", "/api/v1/appointments/{id}",
                "/api/v1/appointments/{id}/cancel", "/api/v1/appointments/{id}/check-in",
                "/api/v1/appointments/{id}/complete", "/api/v1/appointments/{id}/no-show", "/api/v1/availability")) {
            Map<String, Object> methods = doc.getMap("paths.'" + path + "'");
            assertThat(methods).as(path).isNotNull();
            methods.keySet().stream().filter(m -> List.of("get", "put", "post", "delete", "patch").contains(m))
                    .forEach(m -> documented.put(m + " " + path, doc.getString("paths.'" + path + "'." + m + ".operationId")));
        }
        Map<String, String> expected = new LinkedHashMap<>();
        OPERATIONS.forEach(op -> expected.put(op.method() + " " + op.path(), op.id()));
        assertThat(documented).containsExactlyInAnyOrderEntriesOf(expected);
        List<String> appointmentPaths = doc.getMap("paths").keySet().stream().map(String::valueOf)
                .filter(p -> p.startsWith("/api/v1/appointments") || p.startsWith("/api/v1/availability")).toList();
        assertThat(appointmentPaths).containsExactlyInAnyOrder("/api/v1/appointments", "/api/v1/appointments/{id}",
                "/api/v1/appointments/{id}/cancel", "/api/v1/appointments/{id}/check-in",
                "/api/v1/appointments/{id}/complete", "/api/v1/appointments/{id}/no-show", "/api/v1/availability");
    }

    /** What is booked, from the appointment's type: the modality always, a technique for massage only. */
    @Test
    void appointmentsNameTheirModality() {
        JsonPath doc = document();
        Map<String, Object> properties = doc.getMap("components.schemas.Appointment.properties");
        assertThat(properties).containsKeys("modality", "massageTechnique");
        assertThat(doc.getString("components.schemas.Appointment.properties.modality.description")).contains("type");
        assertThat(doc.getString("components.schemas.Appointment.properties.massageTechnique.description"))
                .contains("MASSAGE");
    }

    @Test
    void conflictsCarryTheirExamples() {
        JsonPath doc = document();
        String problem = ".content.'application/problem+json'.examples";
        assertThat(doc.getMap("paths.'/api/v1/appointments'.post.responses.'409'" + problem).keySet())
                .containsExactlyInAnyOrder("overlap", "patient-ineligible", "practitioner-not-bookable",
                        "outside-schedule");
        assertThat(doc.getString("paths.'/api/v1/appointments/{id}'.put.responses.'409'" + problem
                + ".overlap.value.blockingAppointmentId")).isNotBlank();
        for (String transition : List.of("cancel", "check-in", "complete", "no-show")) {
            assertThat(doc.getString("paths.'/api/v1/appointments/{id}/" + transition + "'.post.responses.'409'"
                    + problem + ".'invalid-transition'.value.type"))
                    .isEqualTo("https://clinic.dev/problems/invalid-transition");
        }
    }
}
