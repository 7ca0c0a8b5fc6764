package dev.clinic.gateway.openapi;

import static dev.clinic.gateway.openapi.SampleDocuments.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.Test;

import dev.clinic.gateway.openapi.OpenApiMerger.Result;
import dev.clinic.gateway.openapi.OpenApiMerger.Source;

/**
 * The audit log is documented by every service alike and answered by the gateway from all of
 * them: in the merged document it is one operation, with its own operationId, nothing renamed.
 */
class SharedPathMergeTest {

    static final String AUDIT = """
            "/api/v1/audit-events":{"get":{"tags":["Audit log"],"operationId":"listAuditEvents",
              "responses":{"200":{"description":"Events","content":{"application/json":{"schema":
                {"$ref":"#/components/schemas/AuditEventPage"}}}}}}},""";
    static final String PAGE = "\"AuditEventPage\":{\"type\":\"object\",\"properties\":{\"nextCursor\":{\"type\":\"string\"}}},";

    static final BiPredicate<String, String> ROUTED = (path, service) -> path.equals("/api/v1/audit-events")
            || OpenApiMergerTest.ROUTED.test(path, service);

    static String withAudit(String document, String audit) {
        return document.replaceFirst("\"paths\":\\{", "\"paths\":{" + java.util.regex.Matcher.quoteReplacement(audit))
                .replaceFirst("\"schemas\":\\{", "\"schemas\":{" + java.util.regex.Matcher.quoteReplacement(PAGE));
    }

    static List<Source> sources(String audit) {
        return List.of(
                new Source("booking-service", OpenApiFormat.parse(bytes(withAudit(SampleDocuments.bookings(), AUDIT)))),
                new Source("patient-service", OpenApiFormat.parse(bytes(withAudit(SampleDocuments.patients(), audit)))),
                new Source("session-service", OpenApiFormat.parse(bytes(withAudit(SampleDocuments.sessions(), AUDIT)))));
    }

    static List<String> operationIds(Result result) {
        List<String> ids = new ArrayList<>();
        result.document().getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> ids.add(operation.getOperationId())));
        return ids;
    }

    @Test
    void aPathEveryServiceDocumentsAlikeIsOneOperation() {
        Result result = OpenApiMerger.merge(sources(AUDIT), ROUTED);

        assertThat(operationIds(result)).containsOnlyOnce("listAuditEvents")
                .contains("listAppointments", "listPatients", "listSessions");
        // (the samples' Status schemas clash on purpose; no operationId is renamed)
        assertThat(result.renames()).noneMatch(rename -> rename.kind().equals("operationId"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.document().getComponents().getSchemas()).containsKey("AuditEventPage");
    }

    @Test
    void differentDefinitionsOfOnePathAreStillReported() {
        Result result = OpenApiMerger.merge(sources(AUDIT.replace("Events", "Other events")), ROUTED);

        assertThat(result.problems()).anyMatch(problem -> problem.contains("/api/v1/audit-events"));
    }
}
