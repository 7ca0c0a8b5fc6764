package dev.clinic.session.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** patient-service's eligibility decision; the codes stay strings, patient-service owns them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EligibilityView(boolean eligible, List<String> blockers) {

    public EligibilityView {
        blockers = blockers == null ? List.of() : List.copyOf(blockers);
    }
}
