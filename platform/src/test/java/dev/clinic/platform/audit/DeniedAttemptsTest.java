package dev.clinic.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a DENIED row says a request addressed, from its method and path alone. */
class DeniedAttemptsTest {

    static final String P = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11";
    static final String C = "0b7e5a52-8d1c-4f0e-9d3a-5c1e2f3a4b5c";

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "GET    | /api/v1/patients/" + P + "                          | READ     | PATIENT          | " + P + " | " + P,
            "PUT    | /api/v1/patients/" + P + "                          | UPDATE   | PATIENT          | " + P + " | " + P,
            "POST   | /api/v1/patients/" + P + "/archive                  | ARCHIVE  | PATIENT          | " + P + " | " + P,
            "POST   | /api/v1/patients/" + P + "/consents/" + C + "/revoke | REVOKE  | CONSENT          | " + C + " | " + P,
            "GET    | /api/v1/patients/" + P + "/consents                 | READ     | PATIENT          | " + P + " | " + P,
            "POST   | /api/v1/patients                                    | CREATE   | PATIENT          | -         | -",
            "POST   | /api/v1/locations                                   | CREATE   | LOCATION         | -         | -",
            "GET    | /api/v1/audit-events                                | READ     | AUDIT_EVENT      | -         | -",
            "POST   | /api/v1/appointments/" + C + "/check-in             | CHECK_IN | APPOINTMENT      | " + C + " | -",
            "PUT    | /api/v1/treatment-plans/" + C + "                   | UPDATE   | TREATMENT_PLAN   | " + C + " | -",
            "GET    | /api/v1/clinic                                      | READ     | CLINIC           | -         | -",
            "DELETE | /api/v1/sessions/" + C + "                          | DELETE   | SESSION          | " + C + " | -",
            "GET    | /api/v1                                             | READ     | UNKNOWN          | -         | -" })
    void targetOfARequest(String method, String path, String action, String type, String resourceId, String patientId) {
        DeniedAttempts.Target target = DeniedAttempts.target(method, path);
        assertThat(target.action()).isEqualTo(action);
        assertThat(target.resourceType()).isEqualTo(type);
        assertThat(target.resourceId()).isEqualTo(resourceId == null ? null : UUID.fromString(resourceId));
        assertThat(target.patientId()).isEqualTo(patientId == null ? null : UUID.fromString(patientId));
    }
}
