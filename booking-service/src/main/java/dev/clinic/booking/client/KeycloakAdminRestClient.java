package dev.clinic.booking.client;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The few calls of Keycloak's token endpoint and admin REST API that practitioner logins need.
 * Representations stay maps: this service writes a handful of fields and must pass back the rest
 * of a user untouched. Built programmatically by {@link KeycloakPractitionerLogins}, whose base
 * URI is the Keycloak server (the part of the issuer URL before {@code /realms/}).
 */
@Produces(MediaType.APPLICATION_JSON)
interface KeycloakAdminRestClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn) {
    }

    @POST
    @Path("/realms/{realm}/protocol/openid-connect/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    TokenResponse token(@PathParam("realm") String realm, @FormParam("grant_type") String grantType,
            @FormParam("client_id") String clientId, @FormParam("client_secret") String clientSecret);

    /** 201 with the new user's URL in {@code Location}. */
    @POST
    @Path("/admin/realms/{realm}/users")
    @Consumes(MediaType.APPLICATION_JSON)
    Response createUser(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("realm") String realm,
            Map<String, Object> user);

    @GET
    @Path("/admin/realms/{realm}/users")
    List<Map<String, Object>> findUsers(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("realm") String realm, @QueryParam("username") String username,
            @QueryParam("exact") boolean exact);

    @GET
    @Path("/admin/realms/{realm}/users/{id}")
    Map<String, Object> getUser(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("realm") String realm, @PathParam("id") String id);

    @PUT
    @Path("/admin/realms/{realm}/users/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    void updateUser(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("realm") String realm,
            @PathParam("id") String id, Map<String, Object> user);

    @DELETE
    @Path("/admin/realms/{realm}/users/{id}")
    void deleteUser(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("realm") String realm,
            @PathParam("id") String id);

    @GET
    @Path("/admin/realms/{realm}/users/{id}/role-mappings/realm")
    List<Map<String, Object>> realmRoles(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("realm") String realm, @PathParam("id") String id);

    /**
     * Roles the user could be given. The service account may read these but not the realm's role
     * list itself, so this is where the practitioner role's id comes from.
     */
    @GET
    @Path("/admin/realms/{realm}/users/{id}/role-mappings/realm/available")
    List<Map<String, Object>> availableRealmRoles(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("realm") String realm, @PathParam("id") String id);

    @POST
    @Path("/admin/realms/{realm}/users/{id}/role-mappings/realm")
    @Consumes(MediaType.APPLICATION_JSON)
    void addRealmRoles(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("realm") String realm,
            @PathParam("id") String id, List<Map<String, Object>> roles);
}
