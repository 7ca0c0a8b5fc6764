package dev.clinic.booking.client;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * patient-service's eligibility decision. Codes stay strings: patient-service owns them and may
 * add new ones, which booking passes on without having to know them.
 */
// The service-wide setting refuses unknown properties in requests; an answer from another service
// may grow fields without breaking booking.
@JsonIgnoreProperties(ignoreUnknown = true)
public record EligibilityAnswer(UUID patientId, String modality, LocalDate date, boolean eligible,
        List<String> blockers, List<String> warnings) {

    public EligibilityAnswer {
        blockers = blockers == null ? List.of() : List.copyOf(blockers);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
