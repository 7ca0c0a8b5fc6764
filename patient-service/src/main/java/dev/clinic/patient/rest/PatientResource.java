package dev.clinic.patient.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.clinic.patient.domain.Address;
import dev.clinic.patient.domain.Demographics;
import dev.clinic.patient.domain.EmergencyContact;
import dev.clinic.patient.domain.ExternalId;
import dev.clinic.patient.domain.Patient;
import dev.clinic.patient.repository.PatientFilter;
import dev.clinic.patient.service.PatientService;
import dev.clinic.platform.idempotency.Idempotency;
import dev.clinic.platform.idempotency.Idempotency.Created;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.paging.PageResponses;
import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.Problem;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;

@Path("/api/v1/patients")
@Tag(name = "Patients", description = "Patient records and demographics.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PatientResource {

    static final String EXTERNAL_ID_TAKEN_EXAMPLE = """
            {"type": "https://clinic.dev/problems/external-id-taken", "title": "Conflict", "status": 409,
             "detail": "External id urn:oid:2.16.840.1.113883.19.5|MRN-004211 already belongs to patient \
            5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11 of this clinic",
             "instance": "/api/v1/patients", "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "existingPatientId": "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11",
             "system": "urn:oid:2.16.840.1.113883.19.5", "value": "MRN-004211"}""";
    static final String EXTERNAL_ID_TAKEN = "An external id already belongs to another patient of the clinic "
            + "(`external-id-taken`); `existingPatientId` names that patient, who may be archived.";

    private final PatientService patients;
    private final Idempotency idempotency;

    PatientResource(PatientService patients, Idempotency idempotency) {
        this.patients = patients;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK })
    @Operation(operationId = "createPatient", summary = "Register a patient", description = "Roles: clinic-admin, front-desk.")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new patient.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = PatientResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", description = EXTERNAL_ID_TAKEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
            examples = @ExampleObject(name = "external-id-taken", value = EXTERNAL_ID_TAKEN_EXAMPLE)))
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response create(
            @Parameter(description = "Makes a retry safe: the same key and body return the first answer.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid PatientRequest request) {
        Demographics demographics = demographics(request);
        return idempotency.create(idempotencyKey, request, () -> {
            Patient patient = patients.create(demographics);
            return new Created(patient.getId(), URI.create("/api/v1/patients/" + patient.getId()),
                    PatientResponse.of(patient));
        }, id -> PatientResponse.of(patients.get(id)));
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR })
    @Operation(operationId = "listPatients", summary = "List and search patients", description = "Keyset-paged; the filters combine and the "
            + "`Link: rel=\"next\"` keeps them. Archived patients are hidden unless `includeArchived=true`; with "
            + "`updatedSince` every changed patient is listed, archived ones included. "
            + "Roles: clinic-admin, front-desk, practitioner, integrator.")
    @APIResponse(responseCode = "200", description = "One page of patients; `Link: rel=\"next\"` when more follow.",
            headers = @Header(name = "Link", description = "`</api/v1/patients?...&cursor=...>; rel=\"next\"`",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PatientPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response list(@BeanParam @Valid PageParams page,
            @Parameter(description = "Free text, at most 100 characters, matched against given, family and preferred "
                    + "name, email and phone. Case and accents do not matter (`jose` finds José, `muller` finds "
                    + "Müller); every word must occur somewhere; a query that looks like a phone number matches by "
                    + "its digits (`305-555-0142` finds `+1 (305) 555 0142`). `%` and `_` are plain characters.",
                    example = "lopez")
            @QueryParam("q") @Size(max = 100, message = "must be at most 100 characters") String q,
            @Parameter(description = "Only patients born on this date.", example = "1988-04-12")
            @QueryParam("birthDate") LocalDate birthDate,
            @Parameter(description = "Only the patient with this identifier: `system|value` (split at the first "
                    + "`|`).", example = "urn:oid:2.16.840.1.113883.19.5|MRN-004211")
            @QueryParam("externalId") @Size(max = 301, message = "must be at most 301 characters") String externalId,
            @Parameter(description = "Also list archived patients.") @QueryParam("includeArchived")
            @DefaultValue("false") Boolean includeArchived,
            @Context UriInfo uriInfo) {
        PatientFilter filter = new PatientFilter(q, birthDate, ExternalIdQuery.parse(externalId), includeArchived);
        return PageResponses.ok(patients.list(filter, page).map(PatientResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "getPatient", summary = "Read a patient", description = "Archived patients too. A patient caller reaches only "
            + "their own record. Roles: clinic-admin, front-desk, practitioner, integrator, patient (own record).")
    @APIResponse(responseCode = "200", description = "The patient; `ETag` is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PatientResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        return withETag(patients.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PATIENT })
    @Operation(operationId = "replacePatient", summary = "Replace a patient's demographics",
            description = "Send `If-Match` with the ETag you read to be sure no one else changed the record meanwhile. "
                    + "An archived patient's demographics may be replaced too. A patient may replace their own "
                    + "record but not its external ids. Roles: clinic-admin, front-desk, patient (own record).")
    @APIResponse(responseCode = "200", description = "The updated patient; `ETag` is its new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PatientResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = EXTERNAL_ID_TAKEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
            examples = @ExampleObject(name = "external-id-taken", value = EXTERNAL_ID_TAKEN_EXAMPLE)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response replace(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read; a stale one is refused with 412.")
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid PatientRequest request) {
        return withETag(patients.replace(id, ifMatch, demographics(request)));
    }

    @POST
    @Path("/{id}/archive")
    // No body: whatever Content-Type a client sends (or none) is fine.
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK })
    @Operation(operationId = "archivePatient", summary = "Archive a patient", description = "The record stays readable (and listed with "
            + "`includeArchived=true` or `updatedSince`), its demographics may still be corrected, but clinical "
            + "and diary writes are refused with 409 `patient-archived` until it is unarchived. Archiving an "
            + "archived patient changes nothing and answers 200 with the record as it is, so a retry is safe. "
            + "Roles: clinic-admin, front-desk.")
    @APIResponse(responseCode = "200", description = "The archived patient; `ETag` is its new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PatientResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response archive(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read; a stale one is refused with 412.")
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return withETag(patients.archive(id, ifMatch));
    }

    @POST
    @Path("/{id}/unarchive")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK })
    @Operation(operationId = "unarchivePatient", summary = "Unarchive a patient", description = "Makes the record active again. Unarchiving an "
            + "active patient changes nothing and answers 200 with the record as it is. "
            + "Roles: clinic-admin, front-desk.")
    @APIResponse(responseCode = "200", description = "The active patient; `ETag` is its new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PatientResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response unarchive(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read; a stale one is refused with 412.")
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return withETag(patients.unarchive(id, ifMatch));
    }

    private static Response withETag(Patient patient) {
        return Response.ok(PatientResponse.of(patient)).tag(ETags.of(patient.getVersion())).build();
    }

    private static Demographics demographics(PatientRequest r) {
        PatientRequest.Address a = r.address();
        PatientRequest.EmergencyContact c = r.emergencyContact();
        return new Demographics(r.givenName().strip(), r.familyName().strip(), optional(r.preferredName()),
                r.birthDate(), r.sex(), optional(r.email()), optional(r.phone()),
                a == null ? null : new Address(a.line1().strip(), optional(a.line2()), a.city().strip(),
                        optional(a.region()), optional(a.postalCode()), a.country()),
                c == null ? null
                        : new EmergencyContact(c.name().strip(), c.phone().strip(), optional(c.relationship())),
                externalIds(r.externalIds()));
    }

    /** A (system, value) pair may appear once; the second one is named. */
    private static List<ExternalId> externalIds(List<PatientRequest.ExternalId> requested) {
        if (requested == null) {
            return List.of();
        }
        List<ExternalId> ids = new ArrayList<>();
        List<FieldError> duplicates = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            ExternalId id = new ExternalId(requested.get(i).system(), requested.get(i).value().strip());
            int first = ids.indexOf(id);
            if (first >= 0) {
                duplicates.add(new FieldError("externalIds[" + i + "]", "duplicates externalIds[" + first + "]"));
            }
            ids.add(id);
        }
        if (!duplicates.isEmpty()) {
            throw ProblemException.invalid(duplicates);
        }
        return ids;
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The list body, named for the OpenAPI document. */
    @Schema(name = "PatientPage")
    public record PatientPage(
            @Schema(description = "The patients of this page, in list order.") List<PatientResponse> items,
            @Schema(description = "Opaque cursor of the next page; pass it as `cursor`. Null on the last page.",
                    nullable = true) String nextCursor) {
    }
}
