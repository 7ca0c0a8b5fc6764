package dev.clinic.systemtest;

import static dev.clinic.systemtest.DemoUser.ADMIN_NORTHSIDE;
import static dev.clinic.systemtest.DemoUser.FRONTDESK_NORTHSIDE;
import static dev.clinic.systemtest.DemoUser.NEEDLING_NORTHSIDE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import dev.clinic.systemtest.HostileOpenApi.Operation;

/**
 * Real northside records for hostile requests to aim at, made through the API before any batch is
 * sent: a patient eligible for dry needling with a consent, a diary day and a questionnaire; a
 * patient with a contraindication; a location with a room; a practitioner with a credential and
 * time off; an appointment type; a booked appointment; a draft and a signed session with an
 * adverse event and an amendment; a treatment plan. Also: whose token reaches each operation, and
 * a valid body for each operation that takes one.
 */
final class HostileFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Path segments after which a path parameter names a record, and that record. */
    final Map<String, String> idAfterSegment = new HashMap<>();
    /** Property names of bodies that hold an id, and a real one. */
    final Map<String, String> idsByProperty = new HashMap<>();
    String contraindicatedPatient;
    final List<String> notes = new java.util.ArrayList<>();

    /** Which demo user may call an operation, so a hostile request reaches validation. */
    static DemoUser callerOf(Operation op) {
        String path = op.path();
        return switch (op.family()) {
            case "patients" -> path.equals("/api/v1/patients") || path.equals("/api/v1/patients/{id}")
                    || path.endsWith("/archive") || path.endsWith("/unarchive") || path.endsWith("/eligibility")
                    ? FRONTDESK_NORTHSIDE : NEEDLING_NORTHSIDE;
            case "sessions", "treatment-plans" -> NEEDLING_NORTHSIDE;
            case "appointments", "availability" -> FRONTDESK_NORTHSIDE;
            case "practitioners" -> path.endsWith("/me") ? NEEDLING_NORTHSIDE : ADMIN_NORTHSIDE;
            default -> ADMIN_NORTHSIDE;
        };
    }

    /** Operations that change the state of a record (not creates, not replaces): no valid baseline is sent. */
    static boolean isTransition(Operation op) {
        String last = op.path().substring(op.path().lastIndexOf('/') + 1);
        return op.method().equals("post") && Set.of("cancel", "archive", "unarchive", "revoke", "sign", "deactivate",
                "reactivate", "check-in", "complete", "no-show").contains(last);
    }

    static HostileFixtures create() {
        HostileFixtures f = new HostileFixtures();
        f.make();
        return f;
    }



    private void make() {
        String practitionerRecord = json(Api.as(NEEDLING_NORTHSIDE).get("/practitioners/me"), 200, "practitioners/me")
                .path("id").asText();
        JsonNode types = json(Api.as(ADMIN_NORTHSIDE).queryParam("limit", 200).get("/appointment-types"), 200, "types");
        String needlingType = null;
        for (JsonNode type : types.path("items")) {
            if (type.path("modality").asText().equals("DRY_NEEDLING") && type.path("active").asBoolean()) {
                needlingType = type.path("id").asText();
                break;
            }
        }

        // patients
        String patient = TestPatients.eligibleForNeedling();
        idAfterSegment.put("patients", patient);
        idsByProperty.put("patientId", patient);
        String consent = json(Api.as(NEEDLING_NORTHSIDE).get("/patients/" + patient + "/consents"), 200, "consents")
                .path("items").path(0).path("id").asText();
        idAfterSegment.put("consents", consent);
        LocalDate day = LocalDate.now().minusDays(10);
        post(NEEDLING_NORTHSIDE, "/patients/" + patient + "/diary", Map.of("date", day.toString(), "hadHeadache", false),
                "diary day");
        idAfterSegment.put("diary", day.toString());
        idAfterSegment.put("questionnaires", post(NEEDLING_NORTHSIDE, "/patients/" + patient + "/questionnaires",
                Map.of("type", "MIDAS", "answers", List.of(1, 2, 3, 4, 5)), "questionnaire"));
        contraindicatedPatient = TestPatients.create(FRONTDESK_NORTHSIDE);
        Response screening = Api.as(NEEDLING_NORTHSIDE).contentType(ContentType.JSON)
                .body(Map.of("bleedingDisorder", "NO", "anticoagulants", "YES", "pregnant", "NO", "immunocompromised",
                        "NO", "recentSurgery", "NO", "activeSkinInfection", "NO", "needlePhobia", "NONE"))
                .put("/patients/" + contraindicatedPatient + "/screening");
        json(screening, screening.statusCode() == 200 ? 200 : 201, "screening with anticoagulants");
        idAfterSegment.put("contraindications", "ANTICOAGULANTS");

        // booking
        String location = post(ADMIN_NORTHSIDE, "/locations",
                Map.of("name", "Hostile " + suffix(), "timeZone", "America/New_York"), "location");
        idAfterSegment.put("locations", location);
        idAfterSegment.put("rooms", post(ADMIN_NORTHSIDE, "/locations/" + location + "/rooms",
                Map.of("name", "Room " + suffix()), "room"));
        String practitioner = post(ADMIN_NORTHSIDE, "/practitioners", Map.of("givenName", "Hostile", "familyName",
                "Tester", "email", "hostile." + suffix() + "@example.org", "modalities", List.of("MASSAGE")),
                "practitioner");
        idAfterSegment.put("practitioners", practitioner);
        idAfterSegment.put("credentials", post(ADMIN_NORTHSIDE, "/practitioners/" + practitioner + "/credentials",
                Map.of("type", "LMT_LICENSE", "jurisdiction", "US-FL", "number", "MA" + suffix(), "issuedOn",
                        "2024-01-15"), "credential"));
        Instant away = Instant.now().plus(300, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        idAfterSegment.put("time-off", post(ADMIN_NORTHSIDE, "/practitioners/" + practitioner + "/time-off",
                Map.of("start", away.toString(), "end", away.plus(2, ChronoUnit.DAYS).toString()), "time off"));
        String type = post(ADMIN_NORTHSIDE, "/appointment-types", Map.of("name", "Hostile " + suffix(), "modality",
                "MASSAGE", "massageTechnique", "SWEDISH", "durationMinutes", 60, "priceMinor", 8000, "currency", "USD"),
                "appointment type");
        idAfterSegment.put("appointment-types", type);
        idsByProperty.put("appointmentTypeId", needlingType);
        idsByProperty.put("practitionerId", practitionerRecord);

        Instant from = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        JsonNode slots = json(Api.as(FRONTDESK_NORTHSIDE).queryParam("appointmentTypeId", needlingType)
                .queryParam("practitionerId", practitionerRecord).queryParam("from", from.toString())
                .queryParam("to", from.plus(14, ChronoUnit.DAYS).toString()).get("/availability"), 200, "availability")
                .path("slots");
        JsonNode slot = slots.path(0);
        idsByProperty.put("locationId", slot.path("locationId").asText());
        String appointment = post(FRONTDESK_NORTHSIDE, "/appointments", Map.of("patientId", patient, "practitionerId",
                practitionerRecord, "appointmentTypeId", needlingType, "locationId", slot.path("locationId").asText(),
                "start", slot.path("start").asText()), "appointment");
        idAfterSegment.put("appointments", appointment);
        // a later free slot, for booking and rescheduling bodies
        JsonNode later = slots.path(Math.min(slots.size() - 1, 40));
        idsByProperty.put("start", later.path("start").asText());
        JsonNode evenLater = slots.path(Math.min(slots.size() - 1, 80));
        idsByProperty.put("rescheduleStart", evenLater.path("start").asText());

        // sessions
        Map<String, Object> draft = sessionDraft(patient);
        String session = post(NEEDLING_NORTHSIDE, "/sessions", draft, "draft session");
        idAfterSegment.put("sessions", session);
        String signed = post(NEEDLING_NORTHSIDE, "/sessions", sessionDraft(patient), "session to sign");
        Response signing = Api.as(NEEDLING_NORTHSIDE).post("/sessions/" + signed + "/sign");
        if (signing.statusCode() == 200) {
            idAfterSegment.put("sessions", signed);
            idsByProperty.put("draftSession", session);
            idAfterSegment.put("amendments", post(NEEDLING_NORTHSIDE, "/sessions/" + signed + "/amendments",
                    Map.of("reason", "Late entry", "text", "Needle lot checked."), "amendment"));
        } else {
            notes.add("the fixture session could not be signed (" + signing.statusCode() + " " + signing.asString()
                    + "): amendments are aimed at a draft");
        }
        idAfterSegment.put("adverse-events", post(NEEDLING_NORTHSIDE,
                "/sessions/" + idAfterSegment.get("sessions") + "/adverse-events",
                Map.of("type", "BRUISING", "severity", "MILD", "onsetAt",
                        Instant.now().minus(30, ChronoUnit.MINUTES).toString()), "adverse event"));
        idAfterSegment.put("treatment-plans", post(NEEDLING_NORTHSIDE, "/treatment-plans", Map.of("patientId", patient,
                "modality", "DRY_NEEDLING", "startDate", LocalDate.now().toString()), "treatment plan"));
        idsByProperty.put("appointmentId", appointment);
    }

    private static Map<String, Object> sessionDraft(String patient) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("patientId", patient);
        draft.put("modality", "DRY_NEEDLING");
        draft.put("startedAt", Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
        draft.put("endedAt", Instant.now().minus(90, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        draft.put("subjective", "Left-sided headaches three times a week.");
        draft.put("objective", "Active trigger points in the upper trapezius.");
        draft.put("assessment", "Myofascial pain.");
        draft.put("plan", "Weekly for 4 weeks.");
        draft.put("painBefore", 6);
        draft.put("painAfter", 3);
        draft.put("diagnosisCodes", List.of("G44.86", "M79.18"));
        draft.put("needleLot", "LOT-H-0412");
        draft.put("aftercare", Map.of("skinChecked", true, "hydrationAdvised", true, "restedUntilSteady", true,
                "pneumothoraxAdviceGiven", true));
        draft.put("needlingSites", List.of(Bookings.needlingSite("UPPER_TRAPEZIUS", "RIGHT")));
        return draft;
    }

    /** The concrete path of an operation, every parameter a real record of this fixture. */
    String realPath(Operation op) {
        return pathWith(op, null, null);
    }

    /** The concrete path with one parameter replaced by an already encoded segment. */
    String pathWith(Operation op, String hostileParam, String encodedSegment) {
        String[] segments = op.path().split("/");
        boolean contraindications = op.path().contains("/contraindications");
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            out.append('/');
            if (segment.startsWith("{") && segment.endsWith("}")) {
                String name = segment.substring(1, segment.length() - 1);
                if (name.equals(hostileParam)) {
                    out.append(encodedSegment);
                    continue;
                }
                String before = segments[i - 1];
                String id = contraindications && before.equals("patients") ? contraindicatedPatient
                        : idAfterSegment.get(before);
                if (before.equals("sessions") && op.method().equals("put") && idsByProperty.containsKey("draftSession")) {
                    id = idsByProperty.get("draftSession"); // only a draft can be replaced
                }
                if (id == null) {
                    // no record of this kind was made: an id that names nothing (hostile requests still run)
                    id = idAfterSegment.computeIfAbsent("missing " + before, k -> {
                        notes.add("no fixture record for {" + name + "} in " + op.name());
                        return java.util.UUID.randomUUID().toString();
                    });
                }
                out.append(id);
            } else {
                out.append(segment);
            }
        }
        // gateway base path /api/v1 is part of the document's paths
        return out.toString();
    }

    /** Valid values for the operation's required query parameters, except {@code skip}: "a=1&b=2" or "". */
    String requiredQuery(Operation op, String skip) {
        StringBuilder query = new StringBuilder();
        for (HostileOpenApi.Param param : op.queryParams()) {
            if (!param.required() || param.name().equals(skip)) {
                continue;
            }
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(param.name()).append('=').append(HostileInputIT.encode(validQueryValue(param)));
        }
        return query.toString();
    }

    private String validQueryValue(HostileOpenApi.Param param) {
        String format = param.schema().path("format").asText("");
        boolean from = param.name().equals("from");
        switch (format) {
            case "date" -> {
                return (from ? LocalDate.now().minusDays(60) : LocalDate.now()).toString();
            }
            case "date-time" -> {
                Instant day = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
                return (from ? day : day.plus(7, ChronoUnit.DAYS)).toString();
            }
            case "uuid" -> {
                String id = idsByProperty.get(param.name());
                if (id != null) {
                    return id;
                }
            }
            default -> {
            }
        }
        if (param.example() != null && !param.example().isMissingNode() && !param.example().isNull()) {
            return param.example().asText();
        }
        if (param.schema().has("enum")) {
            return param.schema().get("enum").get(0).asText();
        }
        return HostileOpenApi.example(param.schema(), param.name(), idsByProperty).asText();
    }

    /** A body the operation should accept (the baseline every hostile body is a mutation of). */
    ObjectNode validBody(Operation op) {
        ObjectNode body = HostileOpenApi.requiredOnly(op.body(), idsByProperty);
        String key = op.method().toUpperCase() + " " + op.path();
        String unique = suffix();
        switch (key) {
            case "POST /api/v1/patients", "PUT /api/v1/patients/{id}" -> {
                body.put("givenName", "Hostile");
                body.put("familyName", "Base" + unique);
                body.put("birthDate", "1990-05-17");
                body.put("sex", "female");
            }
            case "POST /api/v1/locations", "PUT /api/v1/locations/{id}" -> {
                body.put("name", "Hostile " + unique);
                body.put("timeZone", "America/New_York");
            }
            case "POST /api/v1/locations/{id}/rooms" -> body.put("name", "Room " + unique);
            case "POST /api/v1/practitioners", "PUT /api/v1/practitioners/{id}" -> {
                body.put("givenName", "Hostile");
                body.put("familyName", "Tester");
                body.put("email", "hostile." + unique + "@example.org");
                body.set("modalities", JSON.valueToTree(List.of("MASSAGE")));
            }
            case "POST /api/v1/practitioners/{practitionerId}/credentials" -> {
                body.put("type", "LMT_LICENSE");
                body.put("jurisdiction", "US-FL");
                body.put("number", "MA" + unique);
                body.put("issuedOn", "2024-01-15");
            }
            case "POST /api/v1/practitioners/{practitionerId}/time-off" -> {
                Instant start = Instant.now().plus(200 + ThreadLocalRandom.current().nextInt(60), ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.DAYS);
                body.put("start", start.toString());
                body.put("end", start.plus(1, ChronoUnit.DAYS).toString());
            }
            case "PUT /api/v1/practitioners/{practitionerId}/schedule" -> body.set("intervals", JSON.valueToTree(
                    List.of(Map.of("weekday", "MONDAY", "start", "09:00", "end", "12:00", "locationId",
                            idAfterSegment.get("locations")))));
            case "POST /api/v1/appointment-types", "PUT /api/v1/appointment-types/{id}" -> {
                body.put("name", "Hostile " + unique);
                body.put("modality", "MASSAGE");
                body.put("massageTechnique", "SWEDISH");
                body.put("durationMinutes", 60);
                body.put("priceMinor", 8000);
                body.put("currency", "USD");
            }
            case "PUT /api/v1/clinic" -> {
                JsonNode current = json(Api.as(ADMIN_NORTHSIDE).get("/clinic"), 200, "clinic settings");
                for (String field : List.of("name", "timeZone", "jurisdiction", "cancellationWindowHours",
                        "slotStepMinutes", "currency")) {
                    if (current.has(field) && !current.get(field).isNull()) {
                        body.set(field, current.get(field));
                    }
                }
            }
            case "POST /api/v1/appointments" -> {
                body.put("patientId", idsByProperty.get("patientId"));
                body.put("practitionerId", idsByProperty.get("practitionerId"));
                body.put("appointmentTypeId", idsByProperty.get("appointmentTypeId"));
                body.put("locationId", idsByProperty.get("locationId"));
                body.put("start", idsByProperty.get("start"));
            }
            case "PUT /api/v1/appointments/{id}" -> {
                body.put("practitionerId", idsByProperty.get("practitionerId"));
                body.put("locationId", idsByProperty.get("locationId"));
                body.put("start", idsByProperty.get("rescheduleStart"));
            }
            case "POST /api/v1/sessions", "PUT /api/v1/sessions/{id}" ->
                    body.setAll((ObjectNode) JSON.valueToTree(sessionDraft(idsByProperty.get("patientId"))));
            case "POST /api/v1/sessions/{sessionId}/adverse-events" -> {
                body.put("type", "BRUISING");
                body.put("severity", "MILD");
                body.put("onsetAt", Instant.now().minus(20, ChronoUnit.MINUTES).toString());
            }
            case "POST /api/v1/treatment-plans", "PUT /api/v1/treatment-plans/{id}" -> {
                body.put("patientId", idsByProperty.get("patientId"));
                body.put("modality", "DRY_NEEDLING");
                body.put("startDate", LocalDate.now().toString());
            }
            case "POST /api/v1/patients/{id}/diary" -> {
                body.put("date", LocalDate.now().minusDays(20 + ThreadLocalRandom.current().nextInt(300)).toString());
                body.put("hadHeadache", false);
            }
            case "POST /api/v1/patients/{id}/questionnaires" -> {
                body.put("type", "MIDAS");
                body.set("answers", JSON.valueToTree(List.of(0, 1, 2, 3, 4)));
            }
            case "POST /api/v1/patients/{id}/contraindications/{code}/clearance" ->
                    body.put("clearedOn", LocalDate.now().minusDays(1).toString());
            case "POST /api/v1/patients/{id}/consents" -> {
                body.put("type", "DRY_NEEDLING_INFORMED");
                body.put("formVersion", "2026-01");
                body.put("signedBy", "The patient");
                body.set("risksExplained", JSON.valueToTree(List.of("soreness")));
            }
            case "PUT /api/v1/patients/{id}/screening" -> body.setAll((ObjectNode) JSON.valueToTree(Map.of(
                    "bleedingDisorder", "NO", "anticoagulants", "NO", "pregnant", "NO", "immunocompromised", "NO",
                    "recentSurgery", "NO", "activeSkinInfection", "NO", "needlePhobia", "NONE")));
            default -> {
            }
        }
        return body;
    }

    static String suffix() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            out.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return out.toString();
    }

    /**
     * Creates a record; when the API refuses (a fixture this test could not make), notes why and
     * answers an id that names nothing, so the hostile requests aimed there still run (and get 404s).
     */
    private String post(DemoUser user, String path, Object body, String what) {
        Response response = Api.as(user).contentType(ContentType.JSON).body(body).post(path);
        if (response.statusCode() != 201) {
            notes.add("fixture " + what + " could not be made: " + response.statusCode() + " " + response.asString());
            return java.util.UUID.randomUUID().toString();
        }
        return response.path("id");
    }

    private static JsonNode json(Response response, int status, String what) {
        Expect.status(response, status, "fixture " + what);
        try {
            return JSON.readTree(response.asString());
        } catch (Exception e) {
            throw new IllegalStateException(what + ": " + response.asString(), e);
        }
    }
}
