package dev.clinic.booking.service;

/**
 * Practitioners' logins in the identity provider. Every method fails with a 503 problem when the
 * identity provider cannot be reached, having changed nothing there.
 */
public interface PractitionerLogins {

    /** A login just made: its user id and the one-time password to hand to the practitioner. */
    record NewLogin(String userId, String temporaryPassword) {
    }

    /**
     * Creates an enabled login with username {@code email}, the practitioner role, the clinic's
     * {@code clinic_id} attribute, a temporary password and the UPDATE_PASSWORD required action.
     * A username already taken is a 409 problem.
     */
    NewLogin create(String clinicId, String email, String givenName, String familyName);

    /**
     * The user id of an existing login of this clinic with the practitioner role; a 400 problem
     * naming {@code field} when there is none.
     */
    String findExisting(String clinicId, String username, String field);

    void setEnabled(String userId, boolean enabled);

    /** Removes a login made by {@link #create}, when what it was made for did not happen after all. */
    void delete(String userId);
}
