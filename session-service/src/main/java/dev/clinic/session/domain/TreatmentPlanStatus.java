package dev.clinic.session.domain;

/**
 * Where a treatment plan stands. A plan starts ACTIVE; COMPLETED and DISCONTINUED close it for
 * good (a plan that should go on again is a new plan, so the closed one stays what it was).
 */
public enum TreatmentPlanStatus {
    ACTIVE, COMPLETED, DISCONTINUED;

    public boolean isClosed() {
        return this != ACTIVE;
    }
}
