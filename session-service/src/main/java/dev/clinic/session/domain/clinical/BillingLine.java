package dev.clinic.session.domain.clinical;

/** One billable line of a session: a CPT code and how many units of it. */
public record BillingLine(String code, String system, String display, int units) {

    public static BillingLine of(CptCode cpt, int units) {
        return new BillingLine(cpt.code(), Coding.CPT, cpt.display(), units);
    }
}
