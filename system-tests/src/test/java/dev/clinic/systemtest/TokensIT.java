package dev.clinic.systemtest;

import static dev.clinic.systemtest.DemoUser.ADMIN_NORTHSIDE;
import static dev.clinic.systemtest.DemoUser.FRONTDESK_NORTHSIDE;
import static dev.clinic.systemtest.DemoUser.PATIENT_NORTHSIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import io.restassured.RestAssured;
import io.restassured.config.LogConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 7, test 3: a request whose bearer token is missing, expired, meant for another audience,
 * issued by someone else, unsigned, tampered with or signed by an unknown key gets a 401 problem
 * with a {@code WWW-Authenticate} challenge and nothing else, from the gateway and also from every
 * service called on its own port (each checks the token again: defence in depth). And a signing key
 * rotated in Keycloak (a new active key, the old one passive) keeps working without restarting
 * anything: tokens signed with the new key are accepted, tokens signed with the old one still are.
 * <p>
 * Every token here is real (from the stack's Keycloak) or forged from a real one. Tests that change
 * the realm (a short-lived client, a client without the audience mapper, a rotated key) put it back
 * in {@code finally}, and {@link #removeLeftovers()} cleans up after a run that died half-way, so the
 * order of the tests and of the test classes does not matter.
 */
class TokensIT {

    /** quarkus.oidc.token.lifespan-grace of the gateway and the services: the clock skew they allow. */
    private static final Duration ALLOWED_CLOCK_SKEW = Duration.ofSeconds(5);
    /** quarkus.oidc.token.forced-jwk-refresh-interval: how often a door may fetch the realm's keys again. */
    private static final Duration FORCED_JWKS_REFRESH = Duration.ofSeconds(10);
    /** Lifespan of the short-lived client's tokens: long enough to show the token worked before it expired. */
    private static final int SHORT_LIFESPAN_SECONDS = 10;

    private static final String AUDIENCE = "clinic-api";
    private static final String CLI_CLIENT = "clinic-cli";
    private static final String SHORT_LIVED_CLIENT = "tokens-it-short-lived";
    private static final String NO_AUDIENCE_CLIENT = "tokens-it-no-audience";
    /** Name prefix of the key provider the rotation test adds; the name ends with the id of the one it demotes. */
    private static final String ROTATED_KEY_NAME = "tokens-it-rotation replacing ";

    private static final String CHALLENGE = "Bearer";
    private static final String INVALID_TOKEN_CHALLENGE = "Bearer error=\"invalid_token\"";
    private static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance",
            "requestId", "errors");
    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config()
            .logConfig(LogConfig.logConfig()
                    .enableLoggingOfRequestAndResponseIfValidationFails()
                    .blacklistHeader("Authorization"));

    /**
     * Where a token is checked: the gateway, and each service on its own port, each asked for a list
     * that a clinic admin may read.
     */
    enum Door {
        GATEWAY("CLINIC_GATEWAY_URL", "http://localhost:8080", "/api/v1/patients?limit=1"),
        PATIENT_SERVICE("CLINIC_PATIENT_URL", "http://localhost:8081", "/api/v1/patients?limit=1"),
        SESSION_SERVICE("CLINIC_SESSION_URL", "http://localhost:8082", "/api/v1/sessions?limit=1"),
        BOOKING_SERVICE("CLINIC_BOOKING_URL", "http://localhost:8083", "/api/v1/practitioners?limit=1");

        private final String setting;
        private final String defaultUrl;
        private final String path;

        Door(String setting, String defaultUrl, String path) {
            this.setting = setting;
            this.defaultUrl = defaultUrl;
            this.path = path;
        }

        String url() {
            String value = System.getProperty(setting, System.getenv(setting));
            value = value == null || value.isBlank() ? defaultUrl : value;
            return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        }

        RequestSpecification request() {
            return RestAssured.given().config(CONFIG).baseUri(url());
        }

        RequestSpecification withAuthorization(String authorization) {
            return authorization == null ? request() : request().header("Authorization", authorization);
        }

        Response get(String accessToken) {
            return withAuthorization(accessToken == null ? null : "Bearer " + accessToken).get(path);
        }
    }

    @BeforeAll
    static void removeLeftovers() {
        KeycloakAdmin.deleteClient(SHORT_LIVED_CLIENT);
        KeycloakAdmin.deleteClient(NO_AUDIENCE_CLIENT);
        for (Map<String, Object> provider : KeycloakAdmin.keyProviders()) {
            String name = String.valueOf(provider.get("name"));
            if (name.startsWith(ROTATED_KEY_NAME)) {
                String demoted = name.substring(ROTATED_KEY_NAME.length());
                if (KeycloakAdmin.keyProviders().stream().anyMatch(p -> demoted.equals(p.get("id")))) {
                    setActive(demoted, true);
                }
                KeycloakAdmin.deleteComponent(String.valueOf(provider.get("id")));
            }
        }
    }

    // ------------------------------------------------------------------ the control

    /** Without this, every refusal below could be a door that refuses everything. */
    @Test
    void aValidTokenIsAcceptedAtEveryDoor() {
        assertAcceptedEverywhere(Tokens.of(ADMIN_NORTHSIDE));
    }

    // ------------------------------------------------------------------ missing or not a token

    @Test
    void aRequestWithoutATokenIsRefusedAtEveryDoor() {
        assertRefusedEverywhere(null, CHALLENGE);
    }

    @Test
    void credentialsOfAnotherSchemeAreNoToken() {
        String basic = "Basic " + java.util.Base64.getEncoder()
                .encodeToString(("admin-northside:" + DemoUser.PASSWORD).getBytes(StandardCharsets.UTF_8));

        assertRefusedEverywhereWithAuthorization(basic, CHALLENGE);
    }

    @Test
    void somethingThatIsNotATokenIsRefused() {
        assertRefusedEverywhere("not-a-jwt", INVALID_TOKEN_CHALLENGE);
    }

    // ------------------------------------------------------------------ expired

    /**
     * A client of the realm whose tokens live {@value #SHORT_LIFESPAN_SECONDS} s: its token is accepted
     * at every door, then, once it has expired by more than the allowed clock skew, refused at every
     * door. Same user, same claims, same key: only time has passed.
     */
    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        KeycloakAdmin.createClient(cliClientCopy(SHORT_LIVED_CLIENT, true,
                Map.of("access.token.lifespan", String.valueOf(SHORT_LIFESPAN_SECONDS))));
        try {
            String token = Tokens.passwordGrant(StackConfig.oidcUrl(), SHORT_LIVED_CLIENT, ADMIN_NORTHSIDE);
            Map<String, Object> claims = Jwt.parse(token).claims();
            Instant expiresAt = Instant.ofEpochSecond(((Number) claims.get("exp")).longValue());
            assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue())
                    .as("lifespan of the short-lived client's token").isEqualTo(SHORT_LIFESPAN_SECONDS);

            assertAcceptedEverywhere(token);
            assertThat(Instant.now()).as("the token was accepted before it expired").isBefore(expiresAt);

            Instant pastSkew = expiresAt.plus(ALLOWED_CLOCK_SKEW).plusSeconds(1);
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), pastSkew).toMillis()));

            assertRefusedEverywhere(token, INVALID_TOKEN_CHALLENGE);
            report("expired token refused at every door " + Duration.between(expiresAt, Instant.now()).toMillis()
                    + " ms after its exp (allowed skew " + ALLOWED_CLOCK_SKEW.toSeconds() + " s)");
        } finally {
            KeycloakAdmin.deleteClient(SHORT_LIVED_CLIENT);
        }
    }

    // ------------------------------------------------------------------ wrong audience

    /**
     * A real token of the realm, of a clinic admin with clinic_id, from a client without the audience
     * mapper: everything but {@code aud: clinic-api}.
     */
    @Test
    void aTokenForAnotherAudienceIsRefused() {
        KeycloakAdmin.createClient(cliClientCopy(NO_AUDIENCE_CLIENT, false, Map.of()));
        try {
            String token = Tokens.passwordGrant(StackConfig.oidcUrl(), NO_AUDIENCE_CLIENT, ADMIN_NORTHSIDE);
            Map<String, Object> claims = Jwt.parse(token).claims();
            assertThat(audiences(claims)).as("aud of the token").doesNotContain(AUDIENCE);
            assertThat(claims).as("the token is otherwise a clinic admin's of northside")
                    .containsEntry("clinic_id", "northside");
            assertThat(realmRoles(claims)).contains("clinic-admin");

            assertRefusedEverywhere(token, INVALID_TOKEN_CHALLENGE);
        } finally {
            KeycloakAdmin.deleteClient(NO_AUDIENCE_CLIENT);
        }
    }

    // ------------------------------------------------------------------ wrong issuer

    /** A real token of the same Keycloak, but of its master realm (the admin's). */
    @Test
    void aTokenOfTheMasterRealmIsRefused() {
        String token = KeycloakAdmin.masterAdminToken();
        assertThat(Jwt.parse(token).claims().get("iss")).as("iss").isEqualTo(KeycloakAdmin.baseUrl() + "/realms/master");

        assertRefusedEverywhere(token, INVALID_TOKEN_CHALLENGE);
    }

    /**
     * A token of the clinic realm, signed with its real key, with every claim right except the issuer:
     * Keycloak names itself after the host it was asked under, so asking it as 127.0.0.1 rather than
     * localhost (or the other way round) yields {@code iss} of another name.
     */
    @Test
    void aTokenOfTheRealmUnderAnotherIssuerNameIsRefused() {
        URI realm = URI.create(StackConfig.oidcUrl());
        String otherHost = switch (realm.getHost()) {
            case "localhost" -> "127.0.0.1";
            case "127.0.0.1" -> "localhost";
            default -> null;
        };
        Assumptions.assumeTrue(otherHost != null, "the realm is reached under a host name with no local alias");
        String otherName = StackConfig.oidcUrl().replaceFirst("//" + realm.getHost(), "//" + otherHost);

        String token = Tokens.passwordGrant(otherName, CLI_CLIENT, ADMIN_NORTHSIDE);
        Jwt jwt = Jwt.parse(token);
        Assumptions.assumeFalse(StackConfig.oidcUrl().equals(jwt.claims().get("iss")),
                "Keycloak has a fixed host name: it names itself the same under any host");
        assertThat(jwt.claims().get("iss")).isEqualTo(otherName);
        assertThat(jwt.kid()).as("signed with the realm's own key").isEqualTo(Jwt.parse(Tokens.of(ADMIN_NORTHSIDE)).kid());
        assertThat(audiences(jwt.claims())).contains(AUDIENCE);

        assertRefusedEverywhere(token, INVALID_TOKEN_CHALLENGE);
    }

    /** Claims copied from a real token, iss of another provider, signed with that provider's own key. */
    @Test
    void aSelfSignedTokenClaimingAnotherIssuerIsRefused() {
        KeyPair attacker = Jwt.newRsaKeyPair();
        Map<String, Object> claims = freshClaimsOf(Tokens.of(ADMIN_NORTHSIDE));
        claims.put("iss", "https://login.example.invalid/realms/clinic");

        String token = Jwt.signRs256(rs256Header(UUID.randomUUID().toString()), claims, attacker.getPrivate());

        assertRefusedEverywhere(token, INVALID_TOKEN_CHALLENGE);
    }

    // ------------------------------------------------------------------ alg: none

    static Stream<Arguments> unsecuredHeaders() {
        return Stream.of(
                Arguments.of("none", false),
                Arguments.of("None", false),
                Arguments.of("NONE", false),
                Arguments.of("none", true));
    }

    /** A real token's claims under {@code {"alg":"none"}} and an empty signature (also with the real kid). */
    @ParameterizedTest(name = "alg {0}, real kid {1}")
    @MethodSource("unsecuredHeaders")
    void anUnsignedTokenIsRefused(String alg, boolean withRealKid) {
        Jwt real = Jwt.parse(Tokens.of(ADMIN_NORTHSIDE));
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", alg);
        header.put("typ", "JWT");
        if (withRealKid) {
            header.put("kid", real.kid());
        }
        String token = real.unsigned(header);
        assertThat(token).endsWith(".");

        assertRefusedEverywhere(token, INVALID_TOKEN_CHALLENGE);
    }

    // ------------------------------------------------------------------ tampered

    @Test
    void aTokenWithAnAlteredSignatureIsRefused() {
        assertRefusedEverywhere(withAlteredSignature(Tokens.of(FRONTDESK_NORTHSIDE)), INVALID_TOKEN_CHALLENGE);
    }

    static Stream<Arguments> tamperings() {
        return Stream.of(
                Arguments.of("clinic_id of another clinic", ADMIN_NORTHSIDE,
                        (UnaryOperator<Map<String, Object>>) claims -> with(claims, "clinic_id", "harbour")),
                Arguments.of("role clinic-admin added", FRONTDESK_NORTHSIDE,
                        (UnaryOperator<Map<String, Object>>) TokensIT::withClinicAdminRole),
                Arguments.of("expiry a day later", FRONTDESK_NORTHSIDE,
                        (UnaryOperator<Map<String, Object>>) claims -> with(claims, "exp",
                                ((Number) claims.get("exp")).longValue() + 86_400)));
    }

    /** A real token whose payload was changed, with its original header and signature. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("tamperings")
    void aTokenWithATamperedPayloadIsRefused(String change, DemoUser user, UnaryOperator<Map<String, Object>> tamper) {
        Jwt real = Jwt.parse(Tokens.of(user));
        Map<String, Object> changed = tamper.apply(real.claims());
        assertThat(changed).as("the payload changed").isNotEqualTo(real.claims());

        assertRefusedEverywhere(real.withClaims(changed), INVALID_TOKEN_CHALLENGE);
    }

    /** A write with a tampered token (a patient made front desk) stores nothing, at the gateway or behind it. */
    @Test
    void aWriteWithATamperedTokenChangesNothing() {
        Jwt real = Jwt.parse(Tokens.of(PATIENT_NORTHSIDE));
        Map<String, Object> claims = real.claims();
        @SuppressWarnings("unchecked")
        Map<String, Object> realmAccess = new LinkedHashMap<>((Map<String, Object>) claims.get("realm_access"));
        @SuppressWarnings("unchecked")
        List<String> roles = new ArrayList<>((Collection<String>) realmAccess.get("roles"));
        roles.add("front-desk");
        realmAccess.put("roles", roles);
        String forged = real.withClaims(with(claims, "realm_access", realmAccess));
        Map<String, String> before = Database.fingerprint();

        for (Door door : List.of(Door.GATEWAY, Door.PATIENT_SERVICE)) {
            Response response = door.withAuthorization("Bearer " + forged)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType(ContentType.JSON)
                    .body(TestPatients.newPatient())
                    .post("/api/v1/patients");
            assertRefused(door, response, INVALID_TOKEN_CHALLENGE);
        }
        Database.assertUnchangedSince(before, "POST /patients with a tampered token");
    }

    // ------------------------------------------------------------------ keys the realm does not have

    /** Valid-looking claims, signed with a key of the test's own under a kid the realm never had. */
    @Test
    void aTokenSignedWithAnUnknownKeyIsRefused() {
        KeyPair attacker = Jwt.newRsaKeyPair();
        String token = Jwt.signRs256(rs256Header(UUID.randomUUID().toString()), freshClaimsOf(Tokens.of(ADMIN_NORTHSIDE)),
                attacker.getPrivate());

        assertRefusedEverywhere(token, INVALID_TOKEN_CHALLENGE);
    }

    /** The realm's own kid on a token signed with another key: the kid picks the key, the signature fails. */
    @Test
    void aTokenSignedWithAnotherKeyUnderTheRealmsKidIsRefused() {
        String realKid = Jwt.parse(Tokens.of(ADMIN_NORTHSIDE)).kid();
        String token = Jwt.signRs256(rs256Header(realKid), freshClaimsOf(Tokens.of(ADMIN_NORTHSIDE)),
                Jwt.newRsaKeyPair().getPrivate());

        assertRefusedEverywhere(token, INVALID_TOKEN_CHALLENGE);
    }

    /** A token that brings the key to check it with, in its {@code jwk} header (CVE-2018-0114 style). */
    @Test
    void aTokenCarryingItsOwnKeyIsRefused() {
        KeyPair attacker = Jwt.newRsaKeyPair();
        String kid = UUID.randomUUID().toString();
        Map<String, Object> header = rs256Header(kid);
        header.put("jwk", Jwt.publicJwk((RSAPublicKey) attacker.getPublic(), kid));
        String token = Jwt.signRs256(header, freshClaimsOf(Tokens.of(ADMIN_NORTHSIDE)), attacker.getPrivate());

        assertRefusedEverywhere(token, INVALID_TOKEN_CHALLENGE);
    }

    /**
     * Algorithm confusion: HS256 with the realm's public key (which anyone can read) as the HMAC secret,
     * under the realm's kid. Only asymmetric signatures may be accepted.
     */
    @ParameterizedTest(name = "secret: public key as {0}")
    @ValueSource(strings = { "PEM", "base64 DER" })
    void aTokenMacedWithTheRealmsPublicKeyIsRefused(String form) {
        String realKid = Jwt.parse(Tokens.of(ADMIN_NORTHSIDE)).kid();
        String publicKey = RestAssured.given().get(StackConfig.oidcUrl()).path("public_key");
        String secret = form.equals("PEM")
                ? "-----BEGIN PUBLIC KEY-----\n" + publicKey + "\n-----END PUBLIC KEY-----\n"
                : publicKey;
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "HS256");
        header.put("typ", "JWT");
        header.put("kid", realKid);
        String token = Jwt.signHs256(header, freshClaimsOf(Tokens.of(ADMIN_NORTHSIDE)),
                secret.getBytes(StandardCharsets.US_ASCII));

        assertRefusedEverywhere(token, INVALID_TOKEN_CHALLENGE);
    }

    // ------------------------------------------------------------------ key rotation

    /**
     * Through Keycloak's admin API: a new generated RSA key with a higher priority becomes the active
     * signing key and the old one passive (still published, no longer signing). A token signed with the
     * new key is accepted at every door (each fetches the realm's keys again when it meets the new kid,
     * at most once per forced-refresh interval, which an earlier test's unknown kid may have just used),
     * and a token signed with the old key before the rotation still is. No service is restarted. The
     * original arrangement is restored afterwards; tokens other tests hold (old key) stay valid.
     */
    @Test
    void aKeyRotatedInKeycloakKeepsWorkingWithoutARestart() {
        String oldToken = Tokens.fresh(ADMIN_NORTHSIDE);
        String oldKid = Jwt.parse(oldToken).kid();
        assertAcceptedEverywhere(oldToken);
        Map<String, Object> oldKey = KeycloakAdmin.key(oldKid);
        String oldProvider = String.valueOf(oldKey.get("providerId"));
        long oldPriority = ((Number) oldKey.get("providerPriority")).longValue();

        String newProvider = null;
        try {
            newProvider = KeycloakAdmin.createComponent(Map.of(
                    "name", ROTATED_KEY_NAME + oldProvider,
                    "providerId", "rsa-generated",
                    "providerType", KeycloakAdmin.KEY_PROVIDER_TYPE,
                    "parentId", KeycloakAdmin.realmId(),
                    "config", Map.of(
                            "priority", List.of(String.valueOf(oldPriority + 100)),
                            "enabled", List.of("true"),
                            "active", List.of("true"),
                            "keySize", List.of("2048"),
                            "algorithm", List.of("RS256"))));
            setActive(oldProvider, false);

            String newKid = KeycloakAdmin.activeKid("RS256");
            assertThat(newKid).as("Keycloak's active RS256 key after the rotation").isNotEqualTo(oldKid);
            assertThat(KeycloakAdmin.key(oldKid).get("status")).as("status of the old key").isEqualTo("PASSIVE");
            List<String> published = RestAssured.given().get(StackConfig.oidcUrl() + "/protocol/openid-connect/certs")
                    .jsonPath().getList("keys.kid");
            assertThat(published).as("kids in the realm's JWKS").contains(oldKid, newKid);

            String newToken = Tokens.fresh(ADMIN_NORTHSIDE);
            assertThat(Jwt.parse(newToken).kid()).as("kid of a token issued after the rotation").isEqualTo(newKid);

            Map<Door, Duration> acceptedAfter = awaitAcceptedEverywhere(newToken,
                    FORCED_JWKS_REFRESH.plus(Duration.ofSeconds(10)));
            report("key rotation: token of the new key first accepted after " + acceptedAfter
                    + " (forced JWKS refresh interval " + FORCED_JWKS_REFRESH.toSeconds() + " s)");
            assertAll("a token signed with the old (now passive) key, after every door refreshed its keys",
                    Arrays.stream(Door.values()).map(door -> (Executable) () -> assertThat(door.get(oldToken).statusCode())
                            .as("%s with the old token", door).isEqualTo(200)));
        } finally {
            try {
                setActive(oldProvider, true);
            } finally {
                if (newProvider != null) {
                    KeycloakAdmin.deleteComponent(newProvider);
                }
            }
        }
        assertThat(KeycloakAdmin.activeKid("RS256")).as("active key once restored").isEqualTo(oldKid);
        assertAcceptedEverywhere(Tokens.fresh(ADMIN_NORTHSIDE));
    }

    // ------------------------------------------------------------------ helpers

    private static void assertAcceptedEverywhere(String token) {
        assertAll("a valid token at every door", Arrays.stream(Door.values())
                .map(door -> (Executable) () -> {
                    Response response = door.get(token);
                    assertThat(response.statusCode()).as("%s: %s", door, response.asString()).isEqualTo(200);
                }));
    }

    /** Polls each door (once a second) until it accepts the token; returns how long each took. */
    private static Map<Door, Duration> awaitAcceptedEverywhere(String token, Duration timeout) {
        Instant start = Instant.now();
        Map<Door, Duration> acceptedAfter = new EnumMap<>(Door.class);
        Map<Door, Response> last = new EnumMap<>(Door.class);
        while (acceptedAfter.size() < Door.values().length && Instant.now().isBefore(start.plus(timeout))) {
            for (Door door : Door.values()) {
                if (!acceptedAfter.containsKey(door)) {
                    Response response = door.get(token);
                    last.put(door, response);
                    if (response.statusCode() == 200) {
                        acceptedAfter.put(door, Duration.between(start, Instant.now()));
                    }
                }
            }
            if (acceptedAfter.size() < Door.values().length) {
                sleep(Duration.ofSeconds(1));
            }
        }
        assertAll("a token of the new key within " + timeout, Arrays.stream(Door.values())
                .map(door -> (Executable) () -> assertThat(acceptedAfter)
                        .as("%s accepted it; last answer %s %s", door, last.get(door).statusCode(),
                                last.get(door).asString())
                        .containsKey(door)));
        return acceptedAfter;
    }

    private static void assertRefusedEverywhere(String token, String challenge) {
        assertRefusedEverywhereWithAuthorization(token == null ? null : "Bearer " + token, challenge);
    }

    private static void assertRefusedEverywhereWithAuthorization(String authorization, String challenge) {
        assertAll("refused at every door", Arrays.stream(Door.values())
                .map(door -> (Executable) () -> assertRefused(door,
                        door.withAuthorization(authorization).get(door.path), challenge)));
    }

    /**
     * 401, a complete problem document and nothing more (no data, no member beyond the problem's), and
     * the RFC 6750 challenge: bare when no token came, invalid_token when one was refused.
     */
    private static void assertRefused(Door door, Response response, String challenge) {
        assertThat(response.statusCode()).as("%s status: %s", door, response.asString()).isEqualTo(401);
        Problems.assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).as("%s WWW-Authenticate", door).isEqualTo(challenge);
        Map<String, Object> body = response.jsonPath().getMap("$");
        assertThat(PROBLEM_MEMBERS).as("%s: members of the answer %s", door, body).containsAll(body.keySet());
        assertThat(response.header("ETag")).as("%s ETag", door).isNull();
        assertThat(response.header("Location")).as("%s Location", door).isNull();
    }

    /**
     * A client of the realm like clinic-cli (public, password grant, the same mappers), with or without
     * the mapper that puts clinic-api into aud, and with extra attributes.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> cliClientCopy(String clientId, boolean withAudience, Map<String, String> attributes) {
        Map<String, Object> cli = KeycloakAdmin.client(CLI_CLIENT);
        assertThat(cli).as("client %s", CLI_CLIENT).isNotNull();
        List<Map<String, Object>> mappers = new ArrayList<>();
        for (Map<String, Object> mapper : (List<Map<String, Object>>) cli.get("protocolMappers")) {
            if (withAudience || !"oidc-audience-mapper".equals(mapper.get("protocolMapper"))) {
                Map<String, Object> copy = new LinkedHashMap<>(mapper);
                copy.remove("id");
                mappers.add(copy);
            }
        }
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", clientId);
        client.put("name", "TokensIT (temporary)");
        client.put("protocol", "openid-connect");
        client.put("publicClient", true);
        client.put("standardFlowEnabled", false);
        client.put("directAccessGrantsEnabled", true);
        client.put("protocolMappers", mappers);
        client.put("attributes", attributes);
        return client;
    }

    private static void setActive(String providerId, boolean active) {
        Map<String, Object> component = new LinkedHashMap<>(KeycloakAdmin.component(providerId));
        @SuppressWarnings("unchecked")
        Map<String, Object> config = new LinkedHashMap<>((Map<String, Object>) component.get("config"));
        config.put("active", List.of(String.valueOf(active)));
        component.put("config", config);
        KeycloakAdmin.updateComponent(providerId, component);
    }

    /** A real token's claims, made current: as a forger would copy them. */
    private static Map<String, Object> freshClaimsOf(String realToken) {
        Map<String, Object> claims = Jwt.parse(realToken).claims();
        long now = Instant.now().getEpochSecond();
        claims.put("iat", now);
        claims.put("exp", now + 300);
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    private static Map<String, Object> rs256Header(String kid) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        header.put("kid", kid);
        return header;
    }

    private static Map<String, Object> with(Map<String, Object> claims, String name, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(claims);
        changed.put(name, value);
        return changed;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withClinicAdminRole(Map<String, Object> claims) {
        Map<String, Object> realmAccess = new LinkedHashMap<>((Map<String, Object>) claims.get("realm_access"));
        List<String> roles = new ArrayList<>((Collection<String>) realmAccess.get("roles"));
        roles.add("clinic-admin");
        realmAccess.put("roles", roles);
        return with(claims, "realm_access", realmAccess);
    }

    @SuppressWarnings("unchecked")
    private static List<String> audiences(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        if (aud == null) {
            return List.of();
        }
        return aud instanceof Collection<?> list ? List.copyOf((Collection<String>) list) : List.of(String.valueOf(aud));
    }

    @SuppressWarnings("unchecked")
    private static List<String> realmRoles(Map<String, Object> claims) {
        Map<String, Object> realmAccess = (Map<String, Object>) claims.getOrDefault("realm_access", Map.of());
        return List.copyOf((Collection<String>) realmAccess.getOrDefault("roles", List.of()));
    }

    /**
     * Changes characters in the middle of the signature. The last base64url character may carry only
     * padding bits, so changing it might leave the signature intact.
     */
    private static String withAlteredSignature(String jwt) {
        int signatureStart = jwt.lastIndexOf('.') + 1;
        char[] chars = jwt.toCharArray();
        int middle = signatureStart + (chars.length - signatureStart) / 2;
        for (int i = middle; i < middle + 4; i++) {
            chars[i] = chars[i] == 'A' ? 'B' : 'A';
        }
        return new String(chars);
    }

    /** Measurements for docs/security.md, in the test's output (the Maven log and the failsafe report). */
    private static void report(String measurement) {
        System.out.println("TokensIT: " + measurement);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
