package dev.clinic.booking.client;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import dev.clinic.booking.config.KeycloakAdminConfig;
import dev.clinic.booking.service.PractitionerLogins;
import dev.clinic.platform.problem.ProblemException;
import io.quarkus.logging.Log;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * Practitioner logins as Keycloak users, managed through the admin REST API with the
 * {@code booking-admin} service account. Its access token is kept until shortly before it
 * expires. Anything that keeps Keycloak from answering (down, slow, or refusing this service's
 * own credentials) is a 503 for the caller: none of it is the caller's to fix.
 */
@ApplicationScoped
public class KeycloakPractitionerLogins implements PractitionerLogins {

    static final String DEPENDENCY = "The identity provider (Keycloak)";
    private static final String CLINIC_ATTRIBUTE = "clinic_id";
    private static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    /** No look-alikes (0/O, 1/l/I), so a password read out or copied by hand survives. */
    private static final String[] PASSWORD_ALPHABETS = { "ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz",
            "23456789", "!#%+-=?@" };
    private static final int PASSWORD_LENGTH = 20;

    private final KeycloakAdminRestClient keycloak;
    private final KeycloakAdminConfig config;
    private final String realm;
    private final SecureRandom random = new SecureRandom();

    private String accessToken;
    private Instant accessTokenExpires = Instant.EPOCH;

    KeycloakPractitionerLogins(KeycloakAdminConfig config) {
        this.config = config;
        String realmUrl = config.realmUrl().replaceAll("/+$", "");
        int split = realmUrl.lastIndexOf("/realms/");
        if (split < 0) {
            throw new IllegalStateException("clinic.keycloak.realm-url must be a realm URL such as "
                    + "http://localhost:8180/realms/clinic, not " + realmUrl);
        }
        this.realm = realmUrl.substring(split + "/realms/".length());
        this.keycloak = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(realmUrl.substring(0, split)))
                .connectTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(KeycloakAdminRestClient.class);
    }

    @Override
    public NewLogin create(String clinicId, String email, String givenName, String familyName) {
        String password = temporaryPassword();
        Map<String, Object> user = Map.of(
                "username", email,
                "email", email,
                "emailVerified", true,
                "firstName", givenName,
                "lastName", familyName,
                "enabled", true,
                "attributes", Map.of(CLINIC_ATTRIBUTE, List.of(clinicId)),
                "requiredActions", List.of(UPDATE_PASSWORD),
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", true)));
        String userId = call("create a login", bearer -> {
            try (Response created = keycloak.createUser(bearer, realm, user)) {
                String location = created.getHeaderString("Location");
                if (location == null) {
                    throw new IllegalStateException("Keycloak answered a created user without its Location");
                }
                return location.substring(location.lastIndexOf('/') + 1);
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() == 409) {
                    throw ProblemException.conflict("login-exists", "A login with username or email " + email
                            + " already exists; link it with existingLoginUsername instead", Map.of());
                }
                throw e;
            }
        });
        try {
            Map<String, Object> role = call("find the practitioner role", bearer -> keycloak
                    .availableRealmRoles(bearer, realm, userId).stream()
                    .filter(r -> config.practitionerRole().equals(r.get("name")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("realm role " + config.practitionerRole()
                            + " is not available to assign; check the realm and booking-admin's permissions")));
            call("assign the practitioner role", bearer -> {
                keycloak.addRealmRoles(bearer, realm, userId, List.of(Map.of("id", role.get("id"), "name", role.get("name"))));
                return null;
            });
        } catch (RuntimeException e) {
            // A login without its role is useless and would block the username: take it away again.
            delete(userId);
            throw e instanceof ProblemException ? e : unavailable("assign the practitioner role", e);
        }
        Log.infof("Provisioned login %s for a practitioner of clinic %s", userId, clinicId);
        return new NewLogin(userId, password);
    }

    @Override
    public String findExisting(String clinicId, String username, String field) {
        List<Map<String, Object>> found = call("find a login",
                bearer -> keycloak.findUsers(bearer, realm, username, true));
        Map<String, Object> user = found.stream()
                .filter(u -> clinicId.equals(firstAttribute(u, CLINIC_ATTRIBUTE)))
                .findFirst()
                // Another clinic's login is answered like a missing one: its existence is not this clinic's business.
                .orElseThrow(() -> ProblemException.invalid(field, "no login of this clinic has username " + username));
        String userId = (String) user.get("id");
        boolean practitioner = call("read a login's roles", bearer -> keycloak.realmRoles(bearer, realm, userId))
                .stream().anyMatch(r -> config.practitionerRole().equals(r.get("name")));
        if (!practitioner) {
            throw ProblemException.invalid(field, "login " + username + " does not have the role "
                    + config.practitionerRole());
        }
        return userId;
    }

    @Override
    public void setEnabled(String userId, boolean enabled) {
        call(enabled ? "enable a login" : "disable a login", bearer -> {
            Map<String, Object> user;
            try {
                user = new HashMap<>(keycloak.getUser(bearer, realm, userId));
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() == 404) {
                    // Removed in Keycloak by hand: there is nothing left to enable or disable.
                    Log.warnf("Login %s no longer exists in Keycloak; left as it is", userId);
                    return null;
                }
                throw e;
            }
            // The whole representation goes back: a partial one could clear attributes (clinic_id).
            user.put("enabled", enabled);
            keycloak.updateUser(bearer, realm, userId, user);
            return null;
        });
    }

    @Override
    public void delete(String userId) {
        try {
            call("remove a login", bearer -> {
                keycloak.deleteUser(bearer, realm, userId);
                return null;
            });
        } catch (RuntimeException e) {
            // Called while undoing: the original failure is what the caller must see.
            Log.errorf("Could not remove login %s from Keycloak after a failed change; remove it by hand", userId);
        }
    }

    /** Runs one admin call with a valid token; failures that are not the caller's become 503. */
    private <T> T call(String what, Function<String, T> action) {
        try {
            return action.apply("Bearer " + accessToken());
        } catch (ProblemException e) {
            throw e;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 401) {
                forgetToken();
            }
            throw unavailable(what, e);
        } catch (ProcessingException | IllegalStateException e) {
            throw unavailable(what, e);
        }
    }

    private static ProblemException unavailable(String what, Exception e) {
        String status = e instanceof WebApplicationException w ? "HTTP " + w.getResponse().getStatus()
                : e.getClass().getSimpleName();
        Log.warnf("Keycloak: could not %s (%s)", what, status);
        return ProblemException.dependencyUnavailable(DEPENDENCY);
    }

    private synchronized String accessToken() {
        if (accessToken == null || Instant.now().isAfter(accessTokenExpires)) {
            var token = keycloak.token(realm, "client_credentials", config.adminClientId(), config.adminClientSecret());
            accessToken = token.accessToken();
            // renewed a little early, so a token never expires between check and use
            accessTokenExpires = Instant.now().plusSeconds(Math.max(0, token.expiresIn() - 30));
        }
        return accessToken;
    }

    private synchronized void forgetToken() {
        accessToken = null;
    }

    private static String firstAttribute(Map<String, Object> user, String name) {
        if (user.get("attributes") instanceof Map<?, ?> attributes && attributes.get(name) instanceof List<?> values
                && !values.isEmpty()) {
            return String.valueOf(values.get(0));
        }
        return null;
    }

    /** At least one character of each alphabet, so common password policies accept it. */
    String temporaryPassword() {
        List<Character> chars = new ArrayList<>(PASSWORD_LENGTH);
        for (String alphabet : PASSWORD_ALPHABETS) {
            chars.add(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String all = String.join("", PASSWORD_ALPHABETS);
        while (chars.size() < PASSWORD_LENGTH) {
            chars.add(all.charAt(random.nextInt(all.length())));
        }
        Collections.shuffle(chars, random);
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        chars.forEach(password::append);
        return password.toString();
    }
}
