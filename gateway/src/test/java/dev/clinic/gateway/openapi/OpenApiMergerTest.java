package dev.clinic.gateway.openapi;

import static dev.clinic.gateway.openapi.SampleDocuments.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.junit.jupiter.api.Test;

import dev.clinic.gateway.openapi.OpenApiMerger.Rename;
import dev.clinic.gateway.openapi.OpenApiMerger.Result;
import dev.clinic.gateway.openapi.OpenApiMerger.Source;
import dev.clinic.gateway.routing.RouteTable;
import dev.clinic.gateway.routing.Upstream;

/** The merge rules of docs/decisions.md ("Gateway: the merged OpenAPI document"), on SmallRye's model. */
class OpenApiMergerTest {

    static final RouteTable ROUTES = RouteTable.of(List.of(
            new Upstream("booking-service", java.net.URI.create("http://localhost:8083"),
                    List.of("clinic", "locations", "practitioners", "appointment-types", "availability", "appointments")),
            new Upstream("patient-service", java.net.URI.create("http://localhost:8081"), List.of("patients")),
            new Upstream("session-service", java.net.URI.create("http://localhost:8082"),
                    List.of("sessions", "treatment-plans"))));

    static final BiPredicate<String, String> ROUTED = (path, service) -> ROUTES.route(path)
            .map(upstream -> upstream.name().equals(service)).orElse(false);

    static List<Source> sources(String bookings) {
        return List.of(
                new Source("booking-service", OpenApiFormat.parse(bytes(bookings))),
                new Source("patient-service", OpenApiFormat.parse(bytes(SampleDocuments.patients()))),
                new Source("session-service", OpenApiFormat.parse(bytes(SampleDocuments.sessions()))));
    }

    @Test
    void everyOperationOfEveryServiceIsKeptOnce() {
        Result result = OpenApiMerger.merge(sources(SampleDocuments.bookings()), ROUTED);

        assertThat(operationIds(result.document())).containsExactlyInAnyOrder(
                "listAppointments", "createAppointment", "listPatients", "createPatient", "getPatient",
                "listSessions", "getSession", "createTreatmentPlan");
        assertThat(result.document().getPaths().getPathItems()).containsOnlyKeys("/api/v1/appointments",
                "/api/v1/patients", "/api/v1/patients/{id}", "/api/v1/sessions", "/api/v1/sessions/{id}",
                "/api/v1/treatment-plans");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void identicalComponentsAreKeptOnce() {
        OpenAPI merged = OpenApiMerger.merge(sources(SampleDocuments.bookings()), ROUTED).document();

        Map<String, Schema> schemas = merged.getComponents().getSchemas();
        assertThat(schemas).containsKeys("Modality", "Problem", "Patient", "Sex", "Session", "Appointment");
        assertThat(merged.getComponents().getResponses()).containsOnlyKeys("BadRequest", "NotFound");
        assertThat(merged.getComponents().getSecuritySchemes()).containsOnlyKeys("SecurityScheme", "bearer");
        assertThat(schemas.get("Session").getProperties().get("modality").getRef())
                .isEqualTo("#/components/schemas/Modality");
        assertThat(schemas.get("Appointment").getProperties().get("modality").getRef())
                .isEqualTo("#/components/schemas/Modality");
    }

    @Test
    void aClashIsRenamedPerServiceAndEveryRefOfThatServiceFollows() {
        Result result = OpenApiMerger.merge(sources(SampleDocuments.bookings()), ROUTED);
        Map<String, Schema> schemas = result.document().getComponents().getSchemas();

        // neither definition of Status is lost, and no service keeps the bare name
        assertThat(schemas).doesNotContainKey("Status");
        assertThat(schemas.get("BookingService_Status").getEnumeration()).containsExactly("BOOKED", "CANCELLED");
        assertThat(schemas.get("SessionService_Status").getEnumeration()).containsExactly("DRAFT", "SIGNED", "AMENDED");
        assertThat(schemas.get("Appointment").getProperties().get("status").getRef())
                .isEqualTo("#/components/schemas/BookingService_Status");
        assertThat(schemas.get("Session").getProperties().get("status").getRef())
                .isEqualTo("#/components/schemas/SessionService_Status");
        // refs outside components follow too: a query parameter of booking-service
        assertThat(result.document().getPaths().getPathItem("/api/v1/appointments").getGET().getParameters().get(0)
                .getSchema().getRef()).isEqualTo("#/components/schemas/BookingService_Status");
    }

    @Test
    void aSchemaWrittenTheSameButReferringToAClashingOneClashesToo() {
        Result result = OpenApiMerger.merge(sources(SampleDocuments.bookings()), ROUTED);
        Map<String, Schema> schemas = result.document().getComponents().getSchemas();

        assertThat(schemas).doesNotContainKey("StatusHolder");
        assertThat(schemas.get("BookingService_StatusHolder").getProperties().get("status").getRef())
                .isEqualTo("#/components/schemas/BookingService_Status");
        assertThat(schemas.get("SessionService_StatusHolder").getProperties().get("status").getRef())
                .isEqualTo("#/components/schemas/SessionService_Status");
        assertThat(result.document().getPaths().getPathItem("/api/v1/treatment-plans").getPOST().getRequestBody()
                .getContent().getMediaType("application/json").getSchema().getRef())
                .isEqualTo("#/components/schemas/SessionService_StatusHolder");
        assertThat(result.renames()).containsExactlyInAnyOrder(
                new Rename("booking-service", "schemas", "Status", "BookingService_Status"),
                new Rename("booking-service", "schemas", "StatusHolder", "BookingService_StatusHolder"),
                new Rename("session-service", "schemas", "Status", "SessionService_Status"),
                new Rename("session-service", "schemas", "StatusHolder", "SessionService_StatusHolder"));
    }

    @Test
    void noRefPointsNowhere() {
        OpenAPI merged = OpenApiMerger.merge(sources(SampleDocuments.bookings()), ROUTED).document();
        String json = OpenApiFormat.render(merged).json();

        java.util.regex.Matcher refs = java.util.regex.Pattern.compile("\"#/components/(\\w+)/([^\"]+)\"").matcher(json);
        int count = 0;
        while (refs.find()) {
            count++;
            String kind = refs.group(1);
            String name = refs.group(2);
            Map<String, ?> defined = switch (kind) {
                case "schemas" -> merged.getComponents().getSchemas();
                case "responses" -> merged.getComponents().getResponses();
                default -> Map.of();
            };
            assertThat(defined).as(refs.group()).containsKey(name);
        }
        assertThat(count).isGreaterThan(10);
    }

    @Test
    void theInputsAreNotChanged() {
        List<Source> sources = sources(SampleDocuments.bookings());
        OpenApiMerger.merge(sources, ROUTED);

        OpenAPI bookings = sources.get(0).document();
        assertThat(bookings.getComponents().getSchemas()).containsKey("Status");
        assertThat(bookings.getComponents().getSchemas().get("Appointment").getProperties().get("status").getRef())
                .isEqualTo("#/components/schemas/Status");
    }

    @Test
    void tagsAreKeptInServiceOrderOncePerName() {
        OpenAPI merged = OpenApiMerger.merge(sources(SampleDocuments.bookings()), ROUTED).document();

        assertThat(merged.getTags()).extracting(Tag::getName)
                .containsExactly("Appointments", "Patients", "Sessions", "Treatment plans");
    }

    @Test
    void aPathTheGatewayRoutesToAnotherServiceIsLeftOutAndReported() {
        String bookings = SampleDocuments.bookings("""
                "/api/v1/patients/{id}/appointments":{"get":{"operationId":"listPatientAppointments",
                  "responses":{"200":{"description":"ok"}}}},
                "/internal/cleanup":{"post":{"operationId":"cleanup","responses":{"204":{"description":"done"}}}},""");
        Result result = OpenApiMerger.merge(sources(bookings), ROUTED);

        assertThat(operationIds(result.document())).doesNotContain("listPatientAppointments", "cleanup");
        assertThat(result.problems()).containsExactlyInAnyOrder(
                "booking-service documents /api/v1/patients/{id}/appointments, which the gateway does not route to it",
                "booking-service documents /internal/cleanup, which the gateway does not route to it");
    }

    @Test
    void aDuplicatedOperationIdIsMadeUniquePerService() {
        String bookings = SampleDocuments.bookings("""
                "/api/v1/practitioners":{"get":{"operationId":"listPatients","responses":{"200":{"description":"ok"}}}},""");
        Result result = OpenApiMerger.merge(sources(bookings), ROUTED);

        assertThat(operationIds(result.document())).contains("bookingService_listPatients", "patientService_listPatients")
                .doesNotContain("listPatients");
        assertThat(result.renames()).contains(
                new Rename("booking-service", "operationId", "listPatients", "bookingService_listPatients"),
                new Rename("patient-service", "operationId", "listPatients", "patientService_listPatients"));
    }

    @Test
    void aRenameNeverTakesANameInUse() {
        String bookings = SampleDocuments.bookings().replace("\"Modality\":", """
                "BookingService_Status":{"type":"boolean"},"Modality":""");
        Result result = OpenApiMerger.merge(sources(bookings), ROUTED);
        Map<String, Schema> schemas = result.document().getComponents().getSchemas();

        assertThat(schemas.get("BookingService_Status").getType()).containsExactly(Schema.SchemaType.BOOLEAN);
        assertThat(schemas.get("BookingService_Status_2").getEnumeration()).containsExactly("BOOKED", "CANCELLED");
    }

    @Test
    void differingDocumentWideSecurityMovesOntoTheOperations() {
        String sessions = SampleDocuments.sessions().replace("\"security\":[{\"bearer\":[]}]", "\"security\":[]");
        List<Source> sources = new ArrayList<>(sources(SampleDocuments.bookings()));
        sources.set(2, new Source("session-service", OpenApiFormat.parse(bytes(sessions))));
        OpenAPI merged = OpenApiMerger.merge(sources, ROUTED).document();

        assertThat(merged.getSecurity()).isNull();
        assertThat(merged.getPaths().getPathItem("/api/v1/sessions").getGET().getSecurity()).isEmpty();
        assertThat(merged.getPaths().getPathItem("/api/v1/patients").getGET().getSecurity()).hasSize(1);
    }

    @Test
    void serviceNamesBecomePrefixes() {
        assertThat(OpenApiMerger.pascal("booking-service")).isEqualTo("BookingService");
        assertThat(OpenApiMerger.camel("booking-service")).isEqualTo("bookingService");
    }

    static List<String> operationIds(OpenAPI document) {
        List<String> ids = new ArrayList<>();
        document.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().stream()
                .map(Operation::getOperationId).forEach(ids::add));
        return ids;
    }
}
