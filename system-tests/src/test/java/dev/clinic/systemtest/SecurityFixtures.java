package dev.clinic.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * What the security system tests share: the role × operation matrix of docs/security.md, the
 * merged OpenAPI document, one clinic's worth of real records made through the API, and for every
 * operation a request that is valid as far as the client can make it (real ids, a plausible body).
 * Bodies are defined here once, for AuthorizationMatrixIT, BolaIT and MassAssignmentIT.
 */
final class SecurityFixtures {

    static final String NORTHSIDE = "northside";
    static final String HARBOUR = "harbour";
    /** A diary day every run records again (a day's entry is replaced, so reruns add nothing). */
    static final String DIARY_DAY = "2024-01-15";
    static final String CLEARABLE_CODE = "ANTICOAGULANTS";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SecurityFixtures() {
    }

    /**
     * A dynamic test whose failure message starts with its name: failsafe's reports number dynamic
     * tests, so the name in the message is what tells which cell or call failed.
     */
    static org.junit.jupiter.api.DynamicTest named(String name, org.junit.jupiter.api.function.Executable check) {
        return org.junit.jupiter.api.DynamicTest.dynamicTest(name, () -> {
            try {
                check.execute();
            } catch (AssertionError e) {
                AssertionError named = new AssertionError(name + ": " + e.getMessage(), e);
                throw named;
            }
        });
    }

    // ------------------------------------------------------------------ roles and tokens

    /** The five roles, in the matrix's column order. */
    enum Role {
        CLINIC_ADMIN("clinic-admin"), FRONT_DESK("front-desk"), PRACTITIONER("practitioner"), PATIENT("patient"),
        INTEGRATOR("integrator");

        final String column;

        Role(String column) {
            this.column = column;
        }

        static Role ofColumn(String column) {
            for (Role role : values()) {
                if (role.column.equals(column)) {
                    return role;
                }
            }
            throw new IllegalArgumentException("no role " + column);
        }
    }

    /** The demo login of a role in a clinic; the integrator is the ehr-sync client (northside only). */
    static String token(String clinic, Role role) {
        String prefix = switch (role) {
            case CLINIC_ADMIN -> "ADMIN_";
            case FRONT_DESK -> "FRONTDESK_";
            case PRACTITIONER -> "NEEDLING_";
            case PATIENT -> "PATIENT_";
            case INTEGRATOR -> null;
        };
        if (prefix == null) {
            assertThat(clinic).as("ehr-sync belongs to northside").isEqualTo(NORTHSIDE);
            return Tokens.ehrSync();
        }
        return Tokens.of(DemoUser.valueOf(prefix + clinic.toUpperCase()));
    }

    /** Another practitioner of the clinic (the massage therapist), for "own records only" checks. */
    static String otherPractitionerToken(String clinic) {
        return Tokens.of(DemoUser.valueOf("MASSAGE_" + clinic.toUpperCase()));
    }

    static String claim(String jwt, String name) {
        try {
            String payload = jwt.split("\\.")[1];
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(payload));
            return claims.path(name).asText(null);
        } catch (IOException e) {
            throw new IllegalStateException("not a JWT", e);
        }
    }

    // ------------------------------------------------------------------ the matrix

    /** One row of the matrix: the operation and each role's cell (allow, own or deny). */
    record MatrixRow(String operationId, String method, String path, Map<Role, String> cells) {

        String cell(Role role) {
            return cells.get(role);
        }

        boolean allows(Role role) {
            return !"deny".equals(cells.get(role));
        }
    }

    static Path securityDoc() {
        return Path.of(System.getProperty("clinic.root", "..")).resolve("docs/security.md");
    }

    /** The rows between the matrix markers of docs/security.md, by operationId, in document order. */
    static Map<String, MatrixRow> matrix() {
        List<String> lines;
        try {
            lines = Files.readAllLines(securityDoc(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + securityDoc(), e);
        }
        int begin = lines.indexOf("<!-- matrix:begin -->");
        int end = lines.indexOf("<!-- matrix:end -->");
        assertThat(begin).as("matrix:begin marker in %s", securityDoc()).isNotNegative();
        assertThat(end).as("matrix:end marker after the begin marker").isGreaterThan(begin);
        List<String> header = cells(lines.get(begin + 1));
        assertThat(header.subList(0, 3)).containsExactly("operationId", "method", "path");
        List<Role> roles = header.subList(3, header.size()).stream().map(Role::ofColumn).toList();
        assertThat(roles).as("one column per role").containsExactlyInAnyOrder(Role.values());
        Map<String, MatrixRow> rows = new LinkedHashMap<>();
        for (String line : lines.subList(begin + 3, end)) {
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = cells(line);
            assertThat(cells).as("cells of %s", line).hasSize(header.size());
            Map<Role, String> byRole = new EnumMap<>(Role.class);
            for (int i = 0; i < roles.size(); i++) {
                String cell = cells.get(i + 3);
                assertThat(cell).as("cell %s of %s", roles.get(i).column, line).isIn("allow", "own", "deny");
                byRole.put(roles.get(i), cell);
            }
            MatrixRow row = new MatrixRow(cells.get(0), cells.get(1), cells.get(2), byRole);
            assertThat(rows.put(row.operationId(), row)).as("a second row for %s", row.operationId()).isNull();
        }
        return rows;
    }

    private static List<String> cells(String line) {
        String trimmed = line.strip();
        assertThat(trimmed).as("table row").startsWith("|").endsWith("|");
        List<String> cells = new ArrayList<>();
        for (String cell : trimmed.substring(1, trimmed.length() - 1).split("\\|")) {
            cells.add(cell.strip().replace("`", ""));
        }
        return cells;
    }

    // ------------------------------------------------------------------ the merged OpenAPI document

    /** One operation of the merged document. */
    record Operation(String operationId, String method, String path, JsonNode requestSchema, boolean jsonBody) {

        /** The top-level properties the request body declares (empty without a body). */
        Set<String> bodyProperties() {
            Set<String> names = new LinkedHashSet<>();
            if (requestSchema != null) {
                requestSchema.path("properties").fieldNames().forEachRemaining(names::add);
            }
            return names;
        }

        List<String> pathParameters() {
            List<String> names = new ArrayList<>();
            var matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }
    }

    private static Map<String, Operation> operations;

    /** Every operation of GET /openapi at the gateway, by operationId. */
    static synchronized Map<String, Operation> openApi() {
        if (operations != null) {
            return operations;
        }
        Response response = given().baseUri(StackConfig.gatewayUrl()).get("/openapi");
        assertThat(response.statusCode()).as("GET /openapi: %s", response.asString()).isEqualTo(200);
        JsonNode document;
        try {
            document = JSON.readTree(response.asString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Operation> found = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!OpenApiIT.METHODS.contains(op.getKey())) {
                    continue;
                }
                JsonNode media = op.getValue().path("requestBody").path("content").path("application/json");
                JsonNode schema = media.isMissingNode() ? null : resolve(document, media.path("schema"));
                String id = op.getValue().path("operationId").asText(op.getKey() + " " + path.getKey());
                found.put(id, new Operation(id, op.getKey().toUpperCase(), path.getKey(), schema,
                        !media.isMissingNode()));
            }
        }
        operations = found;
        return found;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
        }
        return current;
    }

    // ------------------------------------------------------------------ calls

    /** One request of an operation, ready to send with any token. */
    static final class Call {
        final String operationId;
        final String method;
        final String template;
        final Map<String, String> pathParams;
        final Map<String, Object> query;
        final Map<String, Object> body;
        /** Statuses a caller allowed to make this call should get (the call is built to succeed). */
        Set<Integer> success = Set.of(200, 201);

        Call(String operationId, String method, String template) {
            this(operationId, method, template, new LinkedHashMap<>(), new LinkedHashMap<>(), null);
        }

        private Call(String operationId, String method, String template, Map<String, String> pathParams,
                Map<String, Object> query, Map<String, Object> body) {
            this.operationId = operationId;
            this.method = method;
            this.template = template;
            this.pathParams = pathParams;
            this.query = query;
            this.body = body;
        }

        Call path(String name, String value) {
            pathParams.put(name, value);
            return this;
        }

        Call query(String name, Object value) {
            query.put(name, value);
            return this;
        }

        Call body(Map<String, Object> value) {
            return new Call(operationId, method, template, pathParams, query, new LinkedHashMap<>(value))
                    .succeeding(success);
        }

        Call succeeding(Set<Integer> statuses) {
            success = statuses;
            return this;
        }

        /** A copy, so a variant never changes the original. */
        Call copy() {
            return new Call(operationId, method, template, new LinkedHashMap<>(pathParams), new LinkedHashMap<>(query),
                    body == null ? null : deepCopy(body)).succeeding(success);
        }

        String uri() {
            String uri = template;
            for (var param : pathParams.entrySet()) {
                uri = uri.replace("{" + param.getKey() + "}", param.getValue());
            }
            assertThat(uri).as("every path parameter of %s filled", template).doesNotContain("{");
            return uri;
        }

        Response send(String token) {
            return send(token, body);
        }

        Response send(String token, Object anyBody) {
            RequestSpecification request = Api.withToken(token).basePath("");
            query.forEach(request::queryParam);
            if (anyBody != null) {
                request.contentType(ContentType.JSON).body(anyBody);
            }
            return request.request(method, uri());
        }

        @Override
        public String toString() {
            return method + " " + uri() + (query.isEmpty() ? "" : " " + query);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> deepCopy(Map<String, Object> value) {
        return JSON.convertValue(value, LinkedHashMap.class);
    }

    /** What an allowed caller reads, filtered to the properties the operation's request body declares. */
    static Map<String, Object> readBack(String uri, String token, String operationId) {
        Response read = Api.withToken(token).basePath("").get(uri);
        Expect.status(read, 200, "read " + uri + " for " + operationId);
        Set<String> accepted = openApi().get(operationId).bodyProperties();
        Map<String, Object> body = new LinkedHashMap<>();
        read.jsonPath().getMap("$").forEach((key, value) -> {
            if (accepted.contains(key) && value != null) {
                body.put(String.valueOf(key), value);
            }
        });
        return body;
    }

    // ------------------------------------------------------------------ one clinic's records

    /** The records of one patient that a test reaches through that patient's ids. */
    static final class Records {
        String patient;
        String consent;
        String questionnaire;
        String appointment;
        String signedSession;
        Instant signedSessionStart;
        String amendment;
        String adverseEvent;
        String plan;
    }

    /**
     * One clinic's worth of records, every kind, made through the API by that clinic's demo users:
     * {@code other} belongs to a patient of the test's own (screened, consented, a diary day, a
     * questionnaire, an appointment, a signed session with an amendment and an adverse event, a
     * treatment plan); {@code own} to the demo patient whose login is {@code patient-<clinic>}.
     */
    static final class Clinic {
        final String key;
        final String run = UUID.randomUUID().toString().substring(0, 8);
        final Records other = new Records();
        final Records own = new Records();
        String clinicalPatient;
        String clearance;
        String location;
        String room;
        String practitioner;
        String credential;
        String timeOff;
        String appointmentType;
        String bookableType;
        String bookingPractitioner;
        String draftSession;
        String jurisdiction;
        private final Deque<Map<String, String>> slots = new ArrayDeque<>();

        private Clinic(String key) {
            this.key = key;
        }

        String token(Role role) {
            return SecurityFixtures.token(key, role);
        }

        String admin() {
            return token(Role.CLINIC_ADMIN);
        }

        String desk() {
            return token(Role.FRONT_DESK);
        }

        String clinician() {
            return token(Role.PRACTITIONER);
        }

        static Clinic build(String key) {
            Clinic c = new Clinic(key);
            c.own.patient = claim(c.token(Role.PATIENT), "patient_id");
            assertThat(c.own.patient).as("patient_id of patient-%s", key).isNotBlank();

            // booking set-up: the clinic's settings, a location with a room, a practitioner with a
            // credential, hours and time off, an appointment type of its own
            c.jurisdiction = Expect.status(Api.withToken(c.admin()).get("/clinic"), 200, "clinic settings")
                    .getString("jurisdiction");
            c.location = c.created("/locations", c.admin(), Map.of("name", "Security IT " + c.run,
                    "address", "1 Test Street"));
            c.room = c.created("/locations/" + c.location + "/rooms", c.admin(), Map.of("name", "Room " + c.run));
            c.practitioner = c.newPractitioner();
            c.credential = c.created("/practitioners/" + c.practitioner + "/credentials", c.admin(), c.credentialBody());
            Expect.status(Api.withToken(c.admin()).contentType(ContentType.JSON).body(c.scheduleBody())
                    .put("/practitioners/" + c.practitioner + "/schedule"), 200, "schedule");
            c.timeOff = c.created("/practitioners/" + c.practitioner + "/time-off", c.admin(), timeOffBody());
            c.appointmentType = c.created("/appointment-types", c.admin(), c.appointmentTypeBody());
            List<Map<String, Object>> types = Expect.status(Api.withToken(c.desk()).queryParam("limit", 200)
                    .get("/appointment-types"), 200, "appointment types").getList("items");
            c.bookableType = types.stream()
                    .filter(t -> "DRY_NEEDLING".equals(t.get("modality")) && Boolean.TRUE.equals(t.get("active")))
                    .map(t -> (String) t.get("id")).findFirst().orElseThrow();
            c.bookingPractitioner = Expect.status(Api.withToken(c.clinician()).get("/practitioners/me"), 200,
                    "the demo practitioner's record").getString("id");

            // patients: one of the test's own (screened, consented: eligible), one with a clearable
            // contraindication and its clearance
            c.other.patient = c.newEligiblePatient();
            c.clinicalPatient = c.newPatient();
            Map<String, Object> screening = new LinkedHashMap<>(screeningAllNo());
            screening.put("anticoagulants", "YES");
            Expect.status(Api.withToken(c.clinician()).contentType(ContentType.JSON).body(screening)
                    .put("/patients/" + c.clinicalPatient + "/screening"), 201, "screening with anticoagulants");
            Response clearance = Api.withToken(c.clinician()).contentType(ContentType.JSON).body(clearanceBody())
                    .post("/patients/" + c.clinicalPatient + "/contraindications/" + CLEARABLE_CODE + "/clearance");
            c.clearance = Expect.created(clearance, "clearance").getString("id");

            for (Records r : List.of(c.other, c.own)) {
                String writer = r == c.own ? c.token(Role.PATIENT) : c.clinician();
                r.consent = c.created("/patients/" + r.patient + "/consents", writer, consentBody());
                Response diary = Api.withToken(writer).contentType(ContentType.JSON).body(diaryBody())
                        .post("/patients/" + r.patient + "/diary");
                assertThat(diary.statusCode()).as("diary: %s", diary.asString()).isIn(200, 201);
                r.questionnaire = c.created("/patients/" + r.patient + "/questionnaires", writer, questionnaireBody());
                r.appointment = c.book(r.patient);
                r.signedSession = c.newSignedSession(r.patient);
                r.signedSessionStart = Instant.parse(Expect.status(Api.withToken(c.clinician())
                        .get("/sessions/" + r.signedSession), 200, "signed session").getString("startedAt"));
                r.amendment = c.created("/sessions/" + r.signedSession + "/amendments", c.clinician(), amendmentBody());
                r.adverseEvent = c.created("/sessions/" + r.signedSession + "/adverse-events", c.clinician(),
                        adverseEventBody(r.signedSessionStart));
                r.plan = c.created("/treatment-plans", c.clinician(), planBody(r.patient));
            }
            c.draftSession = c.newDraft(c.other.patient);
            return c;
        }

        String created(String path, String token, Map<String, Object> body) {
            Response response = Api.withToken(token).contentType(ContentType.JSON).body(body).post(path);
            return Expect.created(response, key + ": POST " + path).getString("id");
        }

        String newPatient() {
            return created("/patients", desk(), TestPatients.newPatient());
        }

        /** Screened with nothing found and consented to dry needling: bookable for it. */
        String newEligiblePatient() {
            String id = newPatient();
            Expect.status(Api.withToken(clinician()).contentType(ContentType.JSON).body(screeningAllNo())
                    .put("/patients/" + id + "/screening"), 201, "screening");
            created("/patients/" + id + "/consents", clinician(), Map.of("type", "DRY_NEEDLING_INFORMED",
                    "formVersion", "sec-1", "signedBy", "The patient", "risksExplained", List.of("soreness")));
            return id;
        }

        String newConsent(String patient) {
            return created("/patients/" + patient + "/consents", clinician(), consentBody());
        }

        String newPractitioner() {
            return created("/practitioners", admin(), practitionerBody());
        }

        /** A practitioner deactivated, to be reactivated. */
        String newInactivePractitioner() {
            String id = newPractitioner();
            Expect.status(Api.withToken(admin()).post("/practitioners/" + id + "/deactivate"), 200, "deactivate");
            return id;
        }

        String newDraft(String patient) {
            return created("/sessions", clinician(), sessionBody(patient));
        }

        String newSignedSession(String patient) {
            String id = newDraft(patient);
            Expect.status(Api.withToken(clinician()).post("/sessions/" + id + "/sign"), 200, "sign " + id);
            return id;
        }

        /** A free slot of the demo practitioner for the bookable type; never the same one twice. */
        synchronized Map<String, String> slot() {
            if (slots.isEmpty()) {
                // a random fortnight 1 to 30 months ahead, so runs rarely meet each other's bookings
                // (the demo credentials are valid until 2030)
                int offset = ThreadLocalRandom.current().nextInt(30, 900);
                Instant from = LocalDate.now(ZoneOffset.UTC).plusDays(offset).atStartOfDay().toInstant(ZoneOffset.UTC);
                List<Map<String, String>> free = Expect.status(Api.withToken(desk())
                        .queryParam("appointmentTypeId", bookableType).queryParam("practitionerId", bookingPractitioner)
                        .queryParam("from", from.toString()).queryParam("to", from.plus(14, ChronoUnit.DAYS).toString())
                        .get("/availability"), 200, "availability").getList("slots");
                Instant last = Instant.MIN;
                for (Map<String, String> s : free) {
                    Instant start = Instant.parse(s.get("start"));
                    if (!start.isBefore(last.plus(90, ChronoUnit.MINUTES)) || last == Instant.MIN) {
                        slots.add(s);
                        last = start;
                    }
                }
                assertThat(slots).as("free slots of the demo practitioner from %s", from).isNotEmpty();
            }
            return slots.poll();
        }

        Map<String, Object> bookingBody(String patient) {
            Map<String, String> s = slot();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("patientId", patient);
            body.put("practitionerId", s.get("practitionerId"));
            body.put("appointmentTypeId", bookableType);
            body.put("locationId", s.get("locationId"));
            body.put("start", s.get("start"));
            return body;
        }

        Map<String, Object> rescheduleBody() {
            Map<String, String> s = slot();
            return new LinkedHashMap<>(Map.of("practitionerId", s.get("practitionerId"), "locationId",
                    s.get("locationId"), "start", s.get("start")));
        }

        /** Books a BOOKED appointment of the demo practitioner for the patient (front desk). */
        String book(String patient) {
            for (int attempt = 0; attempt < 5; attempt++) {
                Response response = Api.withToken(desk()).contentType(ContentType.JSON).body(bookingBody(patient))
                        .post("/appointments");
                if (response.statusCode() == 409 && response.asString().contains("overlap")) {
                    continue; // a booking of an earlier run holds it
                }
                return Expect.created(response, key + ": book").getString("id");
            }
            throw new AssertionError("no free slot after 5 attempts");
        }

        String checkedIn(String patient) {
            String id = book(patient);
            Expect.status(Api.withToken(desk()).post("/appointments/" + id + "/check-in"), 200, "check-in");
            return id;
        }

        Map<String, Object> practitionerBody() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("givenName", "Sec");
            body.put("familyName", "Practitioner " + run);
            body.put("email", "sec-" + UUID.randomUUID().toString().substring(0, 12) + "@" + key + ".example");
            body.put("modalities", List.of("MASSAGE"));
            body.put("massageTechniques", List.of("SWEDISH"));
            body.put("languages", List.of("en"));
            return body;
        }

        Map<String, Object> credentialBody() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "LMT_LICENSE");
            body.put("jurisdiction", jurisdiction == null ? "US-FL" : jurisdiction);
            body.put("number", "LMT-" + UUID.randomUUID().toString().substring(0, 8));
            body.put("issuer", "Board of Massage Therapy");
            body.put("issuedOn", "2020-01-01");
            body.put("expiresOn", "2030-12-31");
            return body;
        }

        Map<String, Object> scheduleBody() {
            return Map.of("intervals", List.of(
                    Map.of("weekday", "MONDAY", "start", "09:00", "end", "12:00", "locationId", location),
                    Map.of("weekday", "WEDNESDAY", "start", "13:00", "end", "17:00", "locationId", location)));
        }

        Map<String, Object> appointmentTypeBody() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", "Security IT type " + UUID.randomUUID().toString().substring(0, 8));
            body.put("modality", "MASSAGE");
            body.put("massageTechnique", "SWEDISH");
            body.put("durationMinutes", 30);
            body.put("priceMinor", 5000);
            // inactive: never offered or booked, so other tests that pick "the first type" never meet it
            body.put("active", false);
            return body;
        }

        Map<String, Object> roomBody() {
            return Map.of("name", "Room " + UUID.randomUUID().toString().substring(0, 8));
        }

        Map<String, Object> locationBody() {
            return Map.of("name", "Security IT " + UUID.randomUUID().toString().substring(0, 8), "address",
                    "2 Test Street");
        }
    }

    static Map<String, Object> screeningAllNo() {
        return Map.of("bleedingDisorder", "NO", "anticoagulants", "NO", "pregnant", "NO", "immunocompromised", "NO",
                "recentSurgery", "NO", "activeSkinInfection", "NO", "needlePhobia", "NONE");
    }

    static Map<String, Object> clearanceBody() {
        return Map.of("clearedOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(),
                "note", "Cleared by the security tests.");
    }

    static Map<String, Object> consentBody() {
        return Map.of("type", "MASSAGE", "formVersion", "sec-1", "signedBy", "The patient",
                "risksExplained", List.of("soreness"));
    }

    static Map<String, Object> diaryBody() {
        return Map.of("date", DIARY_DAY, "hadHeadache", true, "kind", "MIGRAINE", "intensity", 5);
    }

    static Map<String, Object> questionnaireBody() {
        return Map.of("type", "MIDAS", "answers", List.of(0, 1, 0, 2, 0));
    }

    static Map<String, Object> sessionBody(String patient) {
        Instant started = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("patientId", patient);
        body.put("modality", "MASSAGE");
        body.put("massageTechnique", "SWEDISH");
        body.put("startedAt", started.toString());
        body.put("endedAt", started.plus(45, ChronoUnit.MINUTES).toString());
        body.put("subjective", "Neck tension after long screen days.");
        body.put("painBefore", 5);
        return body;
    }

    static Map<String, Object> amendmentBody() {
        return Map.of("reason", "Late entry", "text", "Patient reported relief the next day.");
    }

    static Map<String, Object> adverseEventBody(Instant sessionStart) {
        return Map.of("type", "BRUISING", "severity", "MILD", "onsetAt",
                sessionStart.plus(30, ChronoUnit.MINUTES).toString(), "notes", "Small bruise.");
    }

    static Map<String, Object> planBody(String patient) {
        return Map.of("patientId", patient, "modality", "MASSAGE", "startDate",
                LocalDate.now(ZoneOffset.UTC).toString(), "goals", List.of("Fewer headache days"));
    }

    static Map<String, Object> timeOffBody() {
        Instant start = LocalDate.of(2031, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 3000))
                .atStartOfDay().toInstant(ZoneOffset.UTC);
        return Map.of("start", start.toString(), "end", start.plus(1, ChronoUnit.DAYS).toString(), "reason",
                "Conference");
    }

    // ------------------------------------------------------------------ a call per operation

    /**
     * A request of the operation as {@code role} of the clinic would make it: for the patient role on
     * the demo patient's own records, for every other role on the test patient's. With {@code fresh},
     * a call that changes a record's state (archive, cancel, sign, …) gets a record of its own, so
     * the call can succeed however often it is made; without, it names the clinic's shared records
     * (enough for calls that are to be refused). Null when no fixture knows the operation.
     */
    static Call call(String operationId, Role role, Clinic c, boolean fresh) {
        Records r = role == Role.PATIENT ? c.own : c.other;
        String admin = c.admin();
        return switch (operationId) {
            // patient-service
            case "createPatient" -> post(operationId, "/api/v1/patients").body(TestPatients.newPatient());
            case "listPatients" -> get(operationId, "/api/v1/patients").query("limit", 5);
            case "getPatient" -> get(operationId, "/api/v1/patients/{id}").path("id", r.patient);
            case "replacePatient" -> put(operationId, "/api/v1/patients/{id}").path("id", r.patient)
                    .body(readBack("/api/v1/patients/" + r.patient, admin, operationId));
            case "archivePatient" -> post(operationId, "/api/v1/patients/{id}/archive")
                    .path("id", fresh ? c.newPatient() : c.other.patient);
            case "unarchivePatient" -> post(operationId, "/api/v1/patients/{id}/unarchive")
                    .path("id", fresh ? c.newPatient() : c.other.patient);
            case "getScreening" -> get(operationId, "/api/v1/patients/{id}/screening").path("id", c.other.patient);
            case "replaceScreening" -> put(operationId, "/api/v1/patients/{id}/screening").path("id", c.other.patient)
                    .body(screeningAllNo());
            case "listContraindications" -> get(operationId, "/api/v1/patients/{id}/contraindications")
                    .path("id", c.clinicalPatient);
            case "clearContraindication" -> post(operationId, "/api/v1/patients/{id}/contraindications/{code}/clearance")
                    .path("id", c.clinicalPatient).path("code", CLEARABLE_CODE).body(clearanceBody());
            case "getClearance" -> get(operationId, "/api/v1/patients/{id}/contraindications/{code}/clearance")
                    .path("id", c.clinicalPatient).path("code", CLEARABLE_CODE);
            case "createConsent" -> post(operationId, "/api/v1/patients/{id}/consents").path("id", r.patient)
                    .body(consentBody());
            case "listConsents" -> get(operationId, "/api/v1/patients/{id}/consents").path("id", r.patient);
            case "getConsent" -> get(operationId, "/api/v1/patients/{id}/consents/{consentId}").path("id", r.patient)
                    .path("consentId", r.consent);
            case "revokeConsent" -> post(operationId, "/api/v1/patients/{id}/consents/{consentId}/revoke")
                    .path("id", r.patient).path("consentId", fresh ? c.newConsent(r.patient) : r.consent);
            case "recordDiaryEntry" -> post(operationId, "/api/v1/patients/{id}/diary").path("id", r.patient)
                    .body(diaryBody());
            case "listDiaryEntries" -> get(operationId, "/api/v1/patients/{id}/diary").path("id", r.patient);
            case "summariseDiary" -> get(operationId, "/api/v1/patients/{id}/diary/summary").path("id", r.patient)
                    .query("from", "2024-01-01").query("to", "2024-01-31");
            case "getDiaryEntry" -> get(operationId, "/api/v1/patients/{id}/diary/{date}").path("id", r.patient)
                    .path("date", DIARY_DAY);
            case "getEligibility" -> get(operationId, "/api/v1/patients/{id}/eligibility").path("id", r.patient)
                    .query("modality", "MASSAGE");
            case "recordQuestionnaire" -> post(operationId, "/api/v1/patients/{id}/questionnaires")
                    .path("id", r.patient).body(questionnaireBody());
            case "listQuestionnaires" -> get(operationId, "/api/v1/patients/{id}/questionnaires").path("id", r.patient);
            case "getQuestionnaire" -> get(operationId, "/api/v1/patients/{id}/questionnaires/{questionnaireId}")
                    .path("id", r.patient).path("questionnaireId", r.questionnaire);
            // booking-service
            case "getClinicSettings" -> get(operationId, "/api/v1/clinic");
            case "replaceClinicSettings" -> put(operationId, "/api/v1/clinic")
                    .body(readBack("/api/v1/clinic", admin, operationId));
            case "createLocation" -> post(operationId, "/api/v1/locations").body(c.locationBody());
            case "listLocations" -> get(operationId, "/api/v1/locations").query("limit", 5);
            case "getLocation" -> get(operationId, "/api/v1/locations/{id}").path("id", c.location);
            case "replaceLocation" -> put(operationId, "/api/v1/locations/{id}").path("id", c.location)
                    .body(readBack("/api/v1/locations/" + c.location, admin, operationId));
            case "createRoom" -> post(operationId, "/api/v1/locations/{id}/rooms").path("id", c.location)
                    .body(c.roomBody());
            case "listRooms" -> get(operationId, "/api/v1/locations/{id}/rooms").path("id", c.location);
            case "getRoom" -> get(operationId, "/api/v1/locations/{id}/rooms/{roomId}").path("id", c.location)
                    .path("roomId", c.room);
            case "createPractitioner" -> post(operationId, "/api/v1/practitioners").body(c.practitionerBody());
            case "listPractitioners" -> get(operationId, "/api/v1/practitioners").query("limit", 5);
            // an admin without a practitioner record is answered 404 (decisions.md)
            case "getOwnPractitioner" -> get(operationId, "/api/v1/practitioners/me")
                    .succeeding(role == Role.CLINIC_ADMIN ? Set.of(200, 404) : Set.of(200));
            case "getPractitioner" -> get(operationId, "/api/v1/practitioners/{id}").path("id", c.practitioner);
            case "replacePractitioner" -> put(operationId, "/api/v1/practitioners/{id}").path("id", c.practitioner)
                    .body(readBack("/api/v1/practitioners/" + c.practitioner, admin, operationId));
            case "deactivatePractitioner" -> post(operationId, "/api/v1/practitioners/{id}/deactivate")
                    .path("id", fresh ? c.newPractitioner() : c.practitioner);
            case "reactivatePractitioner" -> post(operationId, "/api/v1/practitioners/{id}/reactivate")
                    .path("id", fresh ? c.newInactivePractitioner() : c.practitioner);
            case "createCredential" -> post(operationId, "/api/v1/practitioners/{practitionerId}/credentials")
                    .path("practitionerId", c.practitioner).body(c.credentialBody());
            case "listCredentials" -> get(operationId, "/api/v1/practitioners/{practitionerId}/credentials")
                    .path("practitionerId", c.practitioner);
            case "getCredential" -> get(operationId,
                    "/api/v1/practitioners/{practitionerId}/credentials/{credentialId}")
                    .path("practitionerId", c.practitioner).path("credentialId", c.credential);
            case "getSchedule" -> get(operationId, "/api/v1/practitioners/{practitionerId}/schedule")
                    .path("practitionerId", c.practitioner);
            case "replaceSchedule" -> put(operationId, "/api/v1/practitioners/{practitionerId}/schedule")
                    .path("practitionerId", c.practitioner).body(c.scheduleBody());
            case "createTimeOff" -> post(operationId, "/api/v1/practitioners/{practitionerId}/time-off")
                    .path("practitionerId", c.practitioner).body(timeOffBody());
            case "listTimeOff" -> get(operationId, "/api/v1/practitioners/{practitionerId}/time-off")
                    .path("practitionerId", c.practitioner);
            case "getTimeOff" -> get(operationId, "/api/v1/practitioners/{practitionerId}/time-off/{timeOffId}")
                    .path("practitionerId", c.practitioner).path("timeOffId", c.timeOff);
            case "createAppointmentType" -> post(operationId, "/api/v1/appointment-types")
                    .body(c.appointmentTypeBody());
            case "listAppointmentTypes" -> get(operationId, "/api/v1/appointment-types").query("limit", 5);
            case "getAppointmentType" -> get(operationId, "/api/v1/appointment-types/{id}").path("id", c.bookableType);
            case "replaceAppointmentType" -> put(operationId, "/api/v1/appointment-types/{id}")
                    .path("id", c.appointmentType)
                    .body(readBack("/api/v1/appointment-types/" + c.appointmentType, admin, operationId));
            case "getAvailability" -> get(operationId, "/api/v1/availability")
                    .query("appointmentTypeId", c.bookableType).query("practitionerId", c.bookingPractitioner)
                    .query("from", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).toString())
                    .query("to", Instant.now().plus(8, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).toString());
            case "createAppointment" -> post(operationId, "/api/v1/appointments").body(c.bookingBody(r.patient));
            case "listAppointments" -> get(operationId, "/api/v1/appointments").query("patientId", r.patient);
            case "getAppointment" -> get(operationId, "/api/v1/appointments/{id}").path("id", r.appointment);
            case "rescheduleAppointment" -> put(operationId, "/api/v1/appointments/{id}")
                    .path("id", fresh ? c.book(c.other.patient) : c.other.appointment).body(c.rescheduleBody());
            case "cancelAppointment" -> post(operationId, "/api/v1/appointments/{id}/cancel")
                    .path("id", fresh ? c.book(r.patient) : r.appointment).body(Map.of("reason", "PATIENT_REQUEST"));
            case "checkInAppointment" -> post(operationId, "/api/v1/appointments/{id}/check-in")
                    .path("id", fresh ? c.book(c.other.patient) : c.other.appointment);
            case "completeAppointment" -> post(operationId, "/api/v1/appointments/{id}/complete")
                    .path("id", fresh ? c.checkedIn(c.other.patient) : c.other.appointment);
            case "markAppointmentNoShow" -> post(operationId, "/api/v1/appointments/{id}/no-show")
                    .path("id", fresh ? c.book(c.other.patient) : c.other.appointment);
            // session-service
            case "createSession" -> post(operationId, "/api/v1/sessions").body(sessionBody(c.other.patient));
            case "listSessions" -> get(operationId, "/api/v1/sessions").query("patientId", r.patient);
            case "getSession" -> get(operationId, "/api/v1/sessions/{id}").path("id", r.signedSession);
            case "replaceSession" -> {
                String id = fresh ? c.newDraft(c.other.patient) : c.draftSession;
                yield put(operationId, "/api/v1/sessions/{id}").path("id", id)
                        .body(readBack("/api/v1/sessions/" + id, c.clinician(), operationId));
            }
            case "signSession" -> post(operationId, "/api/v1/sessions/{id}/sign")
                    .path("id", fresh ? c.newDraft(c.other.patient) : c.draftSession);
            case "getSessionBilling" -> get(operationId, "/api/v1/sessions/{id}/billing").path("id", r.signedSession);
            case "amendSession" -> post(operationId, "/api/v1/sessions/{sessionId}/amendments")
                    .path("sessionId", c.other.signedSession).body(amendmentBody());
            case "listAmendments" -> get(operationId, "/api/v1/sessions/{sessionId}/amendments")
                    .path("sessionId", r.signedSession);
            case "getAmendment" -> get(operationId, "/api/v1/sessions/{sessionId}/amendments/{id}")
                    .path("sessionId", r.signedSession).path("id", r.amendment);
            case "recordAdverseEvent" -> post(operationId, "/api/v1/sessions/{sessionId}/adverse-events")
                    .path("sessionId", c.other.signedSession).body(adverseEventBody(c.other.signedSessionStart));
            case "listAdverseEvents" -> get(operationId, "/api/v1/sessions/{sessionId}/adverse-events")
                    .path("sessionId", r.signedSession);
            case "getAdverseEvent" -> get(operationId, "/api/v1/sessions/{sessionId}/adverse-events/{id}")
                    .path("sessionId", r.signedSession).path("id", r.adverseEvent);
            case "createTreatmentPlan" -> post(operationId, "/api/v1/treatment-plans").body(planBody(c.other.patient));
            case "listTreatmentPlans" -> get(operationId, "/api/v1/treatment-plans").query("patientId", r.patient);
            case "getTreatmentPlan" -> get(operationId, "/api/v1/treatment-plans/{id}").path("id", r.plan);
            case "replaceTreatmentPlan" -> put(operationId, "/api/v1/treatment-plans/{id}").path("id", c.other.plan)
                    .body(readBack("/api/v1/treatment-plans/" + c.other.plan, c.clinician(), operationId));
            // the audit log (platform)
            case "listAuditEvents" -> get(operationId, "/api/v1/audit-events").query("limit", 5)
                    .query("patientId", c.other.patient);
            default -> null;
        };
    }

    private static Call get(String operationId, String template) {
        return new Call(operationId, "GET", template);
    }

    private static Call post(String operationId, String template) {
        return new Call(operationId, "POST", template);
    }

    private static Call put(String operationId, String template) {
        return new Call(operationId, "PUT", template);
    }
}
