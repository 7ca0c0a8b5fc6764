package dev.clinic.systemtest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/**
 * Keycloak's admin REST API for the realm of the stack, as the master realm's admin
 * (CLINIC_KEYCLOAK_ADMIN / CLINIC_KEYCLOAK_ADMIN_PASSWORD, default admin/admin, as the launcher
 * uses). For tests that change the realm for a moment (a client of their own, a rotated key) and put
 * it back. Every call logs in again: master's tokens live one minute, some tests wait longer.
 */
final class KeycloakAdmin {

    static final String KEY_PROVIDER_TYPE = "org.keycloak.keys.KeyProvider";

    private KeycloakAdmin() {
    }

    /** Keycloak itself, e.g. http://localhost:8180. */
    static String baseUrl() {
        String realmUrl = StackConfig.oidcUrl();
        return realmUrl.substring(0, realmUrl.indexOf("/realms/"));
    }

    static String realmName() {
        String realmUrl = StackConfig.oidcUrl();
        return realmUrl.substring(realmUrl.indexOf("/realms/") + "/realms/".length());
    }

    /** An access token of the master realm's admin: a real token of the same Keycloak, another realm. */
    static String masterAdminToken() {
        Response token = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", setting("CLINIC_KEYCLOAK_ADMIN", "admin"))
                .formParam("password", setting("CLINIC_KEYCLOAK_ADMIN_PASSWORD", "admin"))
                .post(baseUrl() + "/realms/master/protocol/openid-connect/token");
        expect(token, 200, "master admin token");
        return token.path("access_token");
    }

    // ------------------------------------------------------------------ clients

    /** The representation of a client of the realm, or null when there is none with that clientId. */
    static Map<String, Object> client(String clientId) {
        Response response = realm().queryParam("clientId", clientId).get("/clients");
        expect(response, 200, "find client " + clientId);
        List<Map<String, Object>> found = response.jsonPath().getList("$");
        return found.isEmpty() ? null : found.get(0);
    }

    /** Creates a client and returns its internal id. */
    static String createClient(Map<String, Object> representation) {
        Response response = realm().contentType(ContentType.JSON).body(representation).post("/clients");
        expect(response, 201, "create client " + representation.get("clientId"));
        return idFromLocation(response);
    }

    /** Deletes the client with this clientId, if there is one. */
    static void deleteClient(String clientId) {
        Map<String, Object> client = client(clientId);
        if (client != null) {
            Response response = realm().delete("/clients/" + client.get("id"));
            expect(response, 204, "delete client " + clientId);
        }
    }

    // ------------------------------------------------------------------ keys

    /** GET /keys: the active kid per algorithm ({@code active}) and every key with its provider and status. */
    static Map<String, Object> keys() {
        Response response = realm().get("/keys");
        expect(response, 200, "read realm keys");
        return response.jsonPath().getMap("$");
    }

    /** The kid Keycloak signs new tokens with for {@code algorithm}. */
    @SuppressWarnings("unchecked")
    static String activeKid(String algorithm) {
        return ((Map<String, String>) keys().get("active")).get(algorithm);
    }

    /** The key (kid, providerId = component id, status, algorithm, publicKey, ...) with this kid. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> key(String kid) {
        return ((List<Map<String, Object>>) keys().get("keys")).stream()
                .filter(key -> kid.equals(key.get("kid")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the realm has no key " + kid));
    }

    static List<Map<String, Object>> keyProviders() {
        Response response = realm().queryParam("type", KEY_PROVIDER_TYPE).get("/components");
        expect(response, 200, "list key providers");
        return response.jsonPath().getList("$");
    }

    static Map<String, Object> component(String id) {
        Response response = realm().get("/components/" + id);
        expect(response, 200, "read component " + id);
        return response.jsonPath().getMap("$");
    }

    static String createComponent(Map<String, Object> representation) {
        Response response = realm().contentType(ContentType.JSON).body(representation).post("/components");
        expect(response, 201, "create component " + representation.get("name"));
        return idFromLocation(response);
    }

    static void updateComponent(String id, Map<String, Object> representation) {
        Response response = realm().contentType(ContentType.JSON).body(representation).put("/components/" + id);
        expect(response, 204, "update component " + id);
    }

    static void deleteComponent(String id) {
        Response response = realm().delete("/components/" + id);
        expect(response, 204, "delete component " + id);
    }

    /** The realm's internal id, the parent of its components. */
    static String realmId() {
        Response response = realm().get("");
        expect(response, 200, "read realm");
        return response.path("id");
    }

    // ------------------------------------------------------------------ plumbing

    private static RequestSpecification realm() {
        return given()
                .auth().oauth2(masterAdminToken())
                .baseUri(baseUrl())
                .basePath("/admin/realms/" + realmName());
    }

    private static String idFromLocation(Response response) {
        String location = response.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void expect(Response response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Keycloak admin API: " + what + " answered HTTP " + response.statusCode()
                    + " " + response.asString());
        }
    }
}
