package dev.clinic.patient.service;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.clinic.platform.security.CurrentUser;
import dev.clinic.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The caller as a clinical record names them: who screened, cleared or recorded something. The
 * subject is the stable id; the name is what a reader of the record recognises.
 */
@RequestScoped
public class Clinician {

    private final SecurityIdentity identity;
    private final CurrentUser currentUser;

    Clinician(SecurityIdentity identity, CurrentUser currentUser) {
        this.identity = identity;
        this.currentUser = currentUser;
    }

    public String subject() {
        return currentUser.subject();
    }

    /** The token's {@code name}, else {@code preferred_username}, else the principal's name. */
    public String name() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            for (String claim : new String[] { "name", "preferred_username" }) {
                Object value = jwt.getClaim(claim);
                String text = value == null ? "" : value.toString().strip();
                if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
                    text = text.substring(1, text.length() - 1);
                }
                if (!text.isBlank()) {
                    return text;
                }
            }
        }
        return identity.getPrincipal().getName();
    }

    /** The caller's role in the clinic, as a clearance records it when the client names none. */
    public String role() {
        if (currentUser.hasRole(Roles.PRACTITIONER)) {
            return Roles.PRACTITIONER;
        }
        if (currentUser.hasRole(Roles.CLINIC_ADMIN)) {
            return Roles.CLINIC_ADMIN;
        }
        return identity.getRoles().stream().sorted().findFirst().orElse("unknown");
    }

    /** Practitioners, admins and integrators see clinical reasons; front desk and patients see generic codes. */
    public boolean seesClinicalReasons() {
        return currentUser.hasRole(Roles.PRACTITIONER) || currentUser.hasRole(Roles.CLINIC_ADMIN)
                || currentUser.hasRole(Roles.INTEGRATOR);
    }
}
