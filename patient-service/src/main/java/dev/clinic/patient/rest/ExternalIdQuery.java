package dev.clinic.patient.rest;

import dev.clinic.patient.domain.ExternalId;
import dev.clinic.platform.problem.ProblemException;

/** The {@code externalId} query parameter: {@code system|value}, split at the first {@code |}. */
final class ExternalIdQuery {

    static final String PARAMETER = "externalId";
    static final String FORMAT = "must be system|value, e.g. urn:oid:2.16.840.1.113883.19.5|MRN-004211";

    private ExternalIdQuery() {
    }

    /** @return null when the parameter is absent or empty (no filter) */
    static ExternalId parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        int bar = raw.indexOf('|');
        if (bar < 0) {
            throw ProblemException.invalid(PARAMETER, FORMAT);
        }
        String system = raw.substring(0, bar).strip();
        String value = raw.substring(bar + 1).strip();
        if (system.isEmpty() || value.isEmpty()) {
            throw ProblemException.invalid(PARAMETER, FORMAT);
        }
        return new ExternalId(system, value);
    }
}
