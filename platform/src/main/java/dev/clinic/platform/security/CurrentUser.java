package dev.clinic.platform.security;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.clinic.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/** The caller of this request, as its access token describes it. */
@RequestScoped
public class CurrentUser {

    public static final String CLINIC_CLAIM = "clinic_id";
    public static final String PATIENT_CLAIM = "patient_id";

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller's clinic; a token without one never reaches a resource (403, see ClinicClaimFilter). */
    public String clinicId() {
        return clinicIdOf(identity).orElseThrow(ClinicClaimFilter::missingClinic);
    }

    public String subject() {
        return claim("sub").orElse(identity.isAnonymous() ? null : identity.getPrincipal().getName());
    }

    /** The OAuth client the token was issued to ({@code azp}), e.g. clinic-web or ehr-sync. */
    public String clientId() {
        return claim("azp").orElse(null);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The patient record of a caller with role patient. */
    public Optional<UUID> patientId() {
        return claim(PATIENT_CLAIM).flatMap(value -> {
            try {
                return Optional.of(UUID.fromString(value));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** For a patient caller, the only patient record they may reach; 404 for any other. */
    public void requireOwnPatientRecord(String resourceType, UUID patientId) {
        if (hasRole(Roles.PATIENT) && !patientId().map(patientId::equals).orElse(false)) {
            throw ProblemException.notFound(resourceType, patientId);
        }
    }

    private Optional<String> claim(String name) {
        return stringClaim(identity, name);
    }

    static Optional<String> clinicIdOf(SecurityIdentity identity) {
        return stringClaim(identity, CLINIC_CLAIM);
    }

    private static Optional<String> stringClaim(SecurityIdentity identity, String name) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        Object claim = jwt.getClaim(name);
        String value = claim == null ? null : claim.toString().strip();
        // JSON-P strings print with their quotes; the claim's value is what lies between them.
        if (value != null && value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
