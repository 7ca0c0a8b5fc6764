package dev.clinic.client.smoke;

import dev.clinic.client.ApiClient;
import dev.clinic.client.ApiException;
import dev.clinic.client.ApiResponse;
import dev.clinic.client.api.PatientsApi;
import dev.clinic.client.model.Patient;
import dev.clinic.client.model.PatientPage;
import dev.clinic.client.model.PatientRequest;
import dev.clinic.client.model.Problem;
import dev.clinic.client.model.Sex;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An integrator's first program against the client that openapi-generator writes from the
 * gateway's {@code /openapi}: typed calls only, no hand-written URLs or JSON.
 *
 * <p>Not compiled by Maven: GeneratedClientIT compiles this file together with the freshly
 * generated client (so a change of the document that breaks these calls fails that test) and
 * calls {@link #apply} with {@code baseUrl}, {@code token} and a {@code scenario}. It answers what
 * it saw as strings, for the test's assertions.
 */
public final class ClientSmoke implements Function<Map<String, String>, Map<String, String>> {

    @Override
    public Map<String, String> apply(Map<String, String> input) {
        ApiClient client = new ApiClient();
        // The document's only server is "/" (the gateway itself), so the client is told where that is.
        client.updateBaseUri(input.get("baseUrl"));
        String token = input.get("token");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        PatientsApi patients = new PatientsApi(client);
        try {
            return switch (input.get("scenario")) {
                case "create-read-find" -> createReadFind(patients, input);
                case "read-unknown" -> readUnknown(client, patients);
                default -> throw new IllegalArgumentException("unknown scenario " + input.get("scenario"));
            };
        } catch (ApiException e) {
            throw new IllegalStateException("HTTP " + e.getCode() + ": " + e.getResponseBody(), e);
        }
    }

    private static Map<String, String> createReadFind(PatientsApi patients, Map<String, String> input)
            throws ApiException {
        Map<String, String> seen = new LinkedHashMap<>();
        PatientRequest request = new PatientRequest()
                .givenName(input.get("givenName"))
                .familyName(input.get("familyName"))
                .birthDate(LocalDate.parse(input.get("birthDate")))
                .sex(Sex.fromValue(input.get("sex")))
                .email(input.get("email"));

        ApiResponse<Patient> created = patients.createPatientWithHttpInfo(request, UUID.randomUUID().toString());
        seen.put("created.status", String.valueOf(created.getStatusCode()));
        seen.put("created.location", header(created.getHeaders(), "Location"));
        seen.put("created.id", String.valueOf(created.getData().getId()));

        Patient read = patients.getPatient(created.getData().getId());
        seen.put("read.id", String.valueOf(read.getId()));
        seen.put("read.givenName", read.getGivenName());
        seen.put("read.familyName", read.getFamilyName());
        seen.put("read.birthDate", String.valueOf(read.getBirthDate()));
        seen.put("read.sex", read.getSex().getValue());
        seen.put("read.email", read.getEmail());
        seen.put("read.version", String.valueOf(read.getVersion()));
        seen.put("read.createdAt", String.valueOf(read.getCreatedAt()));

        // listPatients(birthDate, cursor, externalId, includeArchived, limit, q, updatedSince)
        PatientPage found = patients.listPatients(null, null, null, null, 10, input.get("familyName"), null);
        seen.put("found.ids", found.getItems().stream().map(patient -> String.valueOf(patient.getId()))
                .collect(Collectors.joining(",")));
        seen.put("found.nextCursor", String.valueOf(found.getNextCursor()));
        return seen;
    }

    private static Map<String, String> readUnknown(ApiClient client, PatientsApi patients) {
        Map<String, String> seen = new LinkedHashMap<>();
        try {
            Patient patient = patients.getPatient(UUID.randomUUID());
            seen.put("read.id", String.valueOf(patient.getId()));
        } catch (ApiException e) {
            seen.put("exception", e.getClass().getName());
            seen.put("exception.code", String.valueOf(e.getCode()));
            seen.put("exception.contentType", e.getResponseHeaders().firstValue("Content-Type").orElse(""));
            try {
                // The generated model of the document's Problem schema reads the RFC 9457 body.
                Problem problem = client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
                seen.put("problem.status", String.valueOf(problem.getStatus()));
                seen.put("problem.type", problem.getType());
                seen.put("problem.requestId", problem.getRequestId());
            } catch (java.io.IOException unreadable) {
                seen.put("problem.unreadable", unreadable.getMessage());
            }
        }
        return seen;
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name))
                .flatMap(header -> header.getValue().stream())
                .findFirst()
                .orElse(null);
    }
}
