package dev.clinic.session.client;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.http.ContentType;

/** What tests tell {@link FakeNeighbours}, over HTTP. */
public final class Neighbours {

    private Neighbours() {
    }

    private static String url() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.booking-service.url", String.class);
    }

    /** booking-service will answer this appointment (status e.g. CHECKED_IN), with the caller's practitioner. */
    public static UUID appointment(UUID patientId, String status, String modality, String massageTechnique,
            Instant start) {
        return appointment(patientId, FakeNeighbours.PRACTITIONER, status, modality, massageTechnique, start);
    }

    public static UUID appointment(UUID patientId, UUID practitionerId, String status, String modality,
            String massageTechnique, Instant start) {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = new HashMap<>();
        body.put("patientId", patientId.toString());
        body.put("practitionerId", practitionerId.toString());
        body.put("status", status);
        body.put("modality", modality);
        body.put("massageTechnique", massageTechnique);
        body.put("start", start.toString());
        body.put("end", start.plusSeconds(1800).toString());
        given().baseUri(url()).contentType(ContentType.JSON).body(body)
                .put("/control/appointments/" + id).then().statusCode(204);
        return id;
    }

    /** While {@code missing}, the caller's login has no practitioner record in booking-service. */
    public static void practitionerMissing(boolean missing) {
        var request = given().baseUri(url());
        (missing ? request.put("/control/practitioner-missing") : request.delete("/control/practitioner-missing"))
                .then().statusCode(204);
    }

    /** How often booking-service or patient-service was asked about this id. */
    public static int calls(UUID id) {
        return given().baseUri(url()).get("/control/calls/" + id).then().statusCode(200).extract().path("count");
    }
}
