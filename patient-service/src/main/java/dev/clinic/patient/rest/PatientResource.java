package dev.clinic.patient.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.clinic.patient.domain.Patient;
import dev.clinic.patient.service.PatientService;
import dev.clinic.patient.service.PatientService.Demographics;
import dev.clinic.platform.idempotency.Idempotency;
import dev.clinic.platform.idempotency.Idempotency.Created;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.paging.PageResponses;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;

@Path("/api/v1/patients")
@Tag(name = "Patients", description = "Patient records and demographics.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PatientResource {

    private final PatientService patients;
    private final Idempotency idempotency;

    PatientResource(PatientService patients, Idempotency idempotency) {
        this.patients = patients;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK })
    @Operation(summary = "Register a patient")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new patient.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = PatientResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response create(
            @Parameter(description = "Makes a retry safe: the same key and body return the first answer.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid PatientRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            Patient patient = patients.create(demographics(request));
            return new Created(patient.getId(), URI.create("/api/v1/patients/" + patient.getId()),
                    PatientResponse.of(patient));
        }, id -> PatientResponse.of(patients.get(id)));
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR })
    @Operation(summary = "List patients", description = "Keyset-paged. Archived patients are hidden unless "
            + "`includeArchived=true`; with `updatedSince` every changed patient is listed, archived ones included.")
    @APIResponse(responseCode = "200", description = "One page of patients; `Link: rel=\"next\"` when more follow.",
            content = @Content(schema = @Schema(implementation = PatientPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response list(@BeanParam @Valid PageParams page,
            @Parameter(description = "Also list archived patients.") @QueryParam("includeArchived")
            @DefaultValue("false") Boolean includeArchived,
            @Context UriInfo uriInfo) {
        return PageResponses.ok(patients.list(includeArchived, page).map(PatientResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(summary = "Read a patient", description = "A patient caller reaches only their own record.")
    @APIResponse(responseCode = "200", description = "The patient; `ETag` is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PatientResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        Patient patient = patients.get(id);
        return Response.ok(PatientResponse.of(patient)).tag(ETags.of(patient.getVersion())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PATIENT })
    @Operation(summary = "Replace a patient's demographics",
            description = "Send `If-Match` with the ETag you read to be sure no one else changed the record meanwhile.")
    @APIResponse(responseCode = "200", description = "The updated patient; `ETag` is its new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PatientResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response replace(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read; a stale one is refused with 412.")
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid PatientRequest request) {
        Patient patient = patients.replace(id, ifMatch, demographics(request));
        return Response.ok(PatientResponse.of(patient)).tag(ETags.of(patient.getVersion())).build();
    }

    private static Demographics demographics(PatientRequest r) {
        return new Demographics(r.givenName(), r.familyName(), r.preferredName(), r.birthDate(), r.sex(), r.email(),
                r.phone());
    }

    /** The list body, named for the OpenAPI document. */
    @Schema(name = "PatientPage")
    public record PatientPage(java.util.List<PatientResponse> items,
            @Schema(nullable = true) String nextCursor) {
    }
}
