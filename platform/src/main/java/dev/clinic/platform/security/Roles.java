package dev.clinic.platform.security;

/** Realm role names, as they appear in tokens. */
public final class Roles {

    public static final String CLINIC_ADMIN = "clinic-admin";
    public static final String FRONT_DESK = "front-desk";
    public static final String PRACTITIONER = "practitioner";
    public static final String PATIENT = "patient";
    public static final String INTEGRATOR = "integrator";

    private Roles() {
    }
}
