package dev.clinic.systemtest;

/** The demo users of the dev realm (keycloak/clinic-realm.json); every one has the demo password. */
enum DemoUser {

    ADMIN_NORTHSIDE("admin-northside"),
    FRONTDESK_NORTHSIDE("frontdesk-northside"),
    NEEDLING_NORTHSIDE("needling-northside"),
    MASSAGE_NORTHSIDE("massage-northside"),
    PATIENT_NORTHSIDE("patient-northside"),
    ADMIN_HARBOUR("admin-harbour"),
    FRONTDESK_HARBOUR("frontdesk-harbour"),
    NEEDLING_HARBOUR("needling-harbour"),
    MASSAGE_HARBOUR("massage-harbour"),
    PATIENT_HARBOUR("patient-harbour");

    static final String PASSWORD = "demo-pass";

    private final String username;

    DemoUser(String username) {
        this.username = username;
    }

    String username() {
        return username;
    }
}
