package dev.clinic.gateway.openapi;

import java.nio.charset.StandardCharsets;

/**
 * Three small service documents shaped like the real ones (SmallRye's output, OpenAPI 3.1), built to
 * exercise the merge: {@code Problem}, {@code Modality} and the {@code NotFound} response are the
 * same everywhere; {@code Status} means different things in session-service and booking-service,
 * and {@code StatusHolder} is written the same in both but refers to that {@code Status}.
 */
final class SampleDocuments {

    static final String PROBLEM = """
            {"type":"object","properties":{"type":{"type":"string","format":"uri"},"title":{"type":"string"},
             "status":{"type":"integer","format":"int32"},"detail":{"type":"string"},"instance":{"type":"string"},
             "requestId":{"type":"string"}}}""";

    static final String MODALITY = """
            {"type":"string","enum":["DRY_NEEDLING","MASSAGE"]}""";

    static final String NOT_FOUND = """
            {"description":"No such record in the caller's clinic.",
             "content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"},
             "example":{"type":"https://clinic.dev/problems/not-found","title":"Not found","status":404}}}}""";

    static final String BEARER = """
            {"type":"http","scheme":"bearer","bearerFormat":"JWT","description":"An access token."}""";

    /** What Quarkus adds next to quarkus-oidc, with the realm's in-network address. */
    static final String OIDC = """
            {"type":"openIdConnect","openIdConnectUrl":"http://keycloak:8180/realms/clinic/.well-known/openid-configuration",
             "description":"Authentication"}""";

    static String patients() {
        return """
                {"openapi":"3.1.0",
                 "info":{"title":"Clinic API: patients","version":"1.0.0","description":"Patients and screening.",
                         "contact":{"name":"Clinic API"},"license":{"name":"Proprietary"}},
                 "tags":[{"name":"Patients","description":"Patient records"}],
                 "paths":{
                  "/api/v1/patients":{
                   "get":{"tags":["Patients"],"operationId":"listPatients",
                    "parameters":[{"name":"sex","in":"query","schema":{"$ref":"#/components/schemas/Sex"}}],
                    "responses":{"200":{"description":"A page of patients","content":{"application/json":{"schema":
                      {"type":"array","items":{"$ref":"#/components/schemas/Patient"}}}}}}},
                   "post":{"tags":["Patients"],"operationId":"createPatient",
                    "security":[{"SecurityScheme":["clinic-admin","front-desk"]}],
                    "requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Patient"}}}},
                    "responses":{"201":{"description":"Created","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Patient"}}}},
                                 "400":{"$ref":"#/components/responses/BadRequest"}}}},
                  "/api/v1/patients/{id}":{
                   "get":{"tags":["Patients"],"operationId":"getPatient",
                    "parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string","format":"uuid"}}],
                    "responses":{"200":{"description":"The patient","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Patient"}}}},
                                 "404":{"$ref":"#/components/responses/NotFound"}}}}},
                 "components":{
                  "schemas":{
                   "Patient":{"type":"object","properties":{"givenName":{"type":"string"},
                     "sex":{"$ref":"#/components/schemas/Sex"},
                     "modalities":{"type":"array","items":{"$ref":"#/components/schemas/Modality"}}}},
                   "Sex":{"type":"string","enum":["female","male","other","unknown"]},
                   "LocalTime":{"type":"string","format":"local-time","examples":["13:45:30.123456789"]},
                   "LocalDate":{"type":"string","format":"date","examples":["2022-03-10"]},
                   "Change":{"type":"number","examples":[-40.0, 12.5, 3]},
                   "Modality":%s,
                   "Problem":%s},
                  "responses":{
                   "BadRequest":{"description":"Invalid input.","content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}},
                   "NotFound":%s},
                  "securitySchemes":{"SecurityScheme":%s,"bearer":%s}},
                 "security":[{"bearer":[]}]}
                """.formatted(MODALITY, PROBLEM, NOT_FOUND, OIDC, BEARER);
    }

    static String sessions() {
        return """
                {"openapi":"3.1.0",
                 "info":{"title":"Clinic API: sessions","version":"1.0.0","description":"Treatment sessions."},
                 "tags":[{"name":"Sessions","description":"Treatment sessions"},{"name":"Treatment plans"}],
                 "paths":{
                  "/api/v1/sessions":{
                   "get":{"tags":["Sessions"],"operationId":"listSessions",
                    "responses":{"200":{"description":"Sessions","content":{"application/json":{"schema":
                      {"type":"array","items":{"$ref":"#/components/schemas/Session"}}}}}}}},
                  "/api/v1/sessions/{id}":{
                   "get":{"tags":["Sessions"],"operationId":"getSession",
                    "parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string","format":"uuid"}}],
                    "responses":{"200":{"description":"The session","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Session"}}}},
                                 "404":{"$ref":"#/components/responses/NotFound"}}}},
                  "/api/v1/treatment-plans":{
                   "post":{"tags":["Treatment plans"],"operationId":"createTreatmentPlan",
                    "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/StatusHolder"}}}},
                    "responses":{"201":{"description":"Created"}}}}},
                 "components":{
                  "schemas":{
                   "Session":{"type":"object","properties":{"modality":{"$ref":"#/components/schemas/Modality"},
                     "status":{"$ref":"#/components/schemas/Status"}}},
                   "Status":{"type":"string","description":"Where a session is","enum":["DRAFT","SIGNED","AMENDED"]},
                   "StatusHolder":{"type":"object","properties":{"status":{"$ref":"#/components/schemas/Status"}}},
                   "Modality":%s,
                   "Problem":%s},
                  "responses":{"NotFound":%s},
                  "securitySchemes":{"SecurityScheme":%s,"bearer":%s}},
                 "security":[{"bearer":[]}]}
                """.formatted(MODALITY, PROBLEM, NOT_FOUND, OIDC, BEARER);
    }

    static String bookings() {
        return bookings("");
    }

    /** {@code extraPath}: more entries of {@code paths}, each followed by a comma. */
    static String bookings(String extraPaths) {
        return """
                {"openapi":"3.1.0",
                 "info":{"title":"Clinic API: bookings","version":"1.0.0","description":"Appointments."},
                 "tags":[{"name":"Appointments"},{"name":"Patients","description":"Patient records"}],
                 "paths":{%s
                  "/api/v1/appointments":{
                   "get":{"tags":["Appointments"],"operationId":"listAppointments",
                    "parameters":[{"name":"status","in":"query","schema":{"$ref":"#/components/schemas/Status"}}],
                    "responses":{"200":{"description":"Appointments","content":{"application/json":{"schema":
                      {"type":"array","items":{"$ref":"#/components/schemas/Appointment"}}}}},
                      "404":{"$ref":"#/components/responses/NotFound"}}},
                   "post":{"tags":["Appointments"],"operationId":"createAppointment",
                    "security":[{"SecurityScheme":["clinic-admin","front-desk","patient"]}],
                    "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/StatusHolder"}}}},
                    "responses":{"201":{"description":"Booked"}}}}},
                 "components":{
                  "schemas":{
                   "Appointment":{"type":"object","properties":{"modality":{"$ref":"#/components/schemas/Modality"},
                     "status":{"$ref":"#/components/schemas/Status"}}},
                   "Status":{"type":"string","description":"Where an appointment is","enum":["BOOKED","CANCELLED"]},
                   "StatusHolder":{"type":"object","properties":{"status":{"$ref":"#/components/schemas/Status"}}},
                   "Modality":%s,
                   "Problem":%s},
                  "responses":{"NotFound":%s},
                  "securitySchemes":{"SecurityScheme":%s,"bearer":%s}},
                 "security":[{"bearer":[]}]}
                """.formatted(extraPaths, MODALITY, PROBLEM, NOT_FOUND, OIDC, BEARER);
    }

    /** A path only booking-service documents, for the refresh tests. */
    static final String ROOMS_PATH = """
            "/api/v1/locations/{id}/rooms":{"get":{"tags":["Appointments"],"operationId":"listRooms",
              "parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}],
              "responses":{"200":{"description":"Rooms"}}}},""";

    static byte[] bytes(String document) {
        return document.getBytes(StandardCharsets.UTF_8);
    }

    private SampleDocuments() {
    }
}
