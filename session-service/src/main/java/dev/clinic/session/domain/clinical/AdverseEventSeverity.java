package dev.clinic.session.domain.clinical;

/** How bad an adverse event was. SERIOUS events are reportable (Florida rule 64B17-6.008). */
public enum AdverseEventSeverity {
    MILD, SIGNIFICANT, SERIOUS;

    public boolean reportable() {
        return this == SERIOUS;
    }
}
