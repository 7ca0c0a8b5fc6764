package dev.clinic.booking.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

import dev.clinic.booking.domain.Appointment;
import dev.clinic.booking.domain.scheduling.AppointmentStatus;
import dev.clinic.booking.repository.AppointmentRepository.Filter;
import dev.clinic.booking.service.AppointmentService;
import dev.clinic.booking.service.AppointmentService.Placement;
import dev.clinic.platform.idempotency.Idempotency;
import dev.clinic.platform.idempotency.Idempotency.Created;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.paging.PageResponses;
import dev.clinic.platform.problem.Problem;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;

@Path("/api/v1/appointments")
@Tag(name = "Appointments", description = "Booking, rescheduling, cancelling and the visit itself. No two live "
        + "appointments of a practitioner, a room or a patient overlap (buffers included): the database guarantees it, "
        + "and the 409 names the appointment in the way.")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentResource {

    private static final String BOOKING_CONFLICTS = "The booking breaks a rule: `practitioner-not-bookable` "
            + "(inactive, modality not offered or credentials not valid on the date; `reasons`), `outside-schedule` "
            + "(not inside the practitioner's hours at the location, or during time off; `reason`), "
            + "`patient-ineligible` (patient-service's `blockers`, as the caller may see them) or `overlap` (the "
            + "practitioner, room or patient is already booked; `resource` and `blockingAppointmentId` name it).";
    private static final String OVERLAP_EXAMPLE = """
            {"type": "https://clinic.dev/problems/overlap", "title": "Conflict", "status": 409,
             "detail": "The practitioner already has an appointment (3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b, 2026-03-04T14:30:00Z to 2026-03-04T15:10:00Z including its buffer) overlapping 2026-03-04T14:45:00Z to 2026-03-04T15:25:00Z",
             "instance": "/api/v1/appointments", "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "resource": "practitioner", "practitionerId": "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
             "blockingAppointmentId": "3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b"}""";
    private static final String INELIGIBLE_EXAMPLE = """
            {"type": "https://clinic.dev/problems/patient-ineligible", "title": "Conflict", "status": 409,
             "detail": "Patient 5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11 is not eligible for DRY_NEEDLING on 2026-03-04: CLINICAL_REVIEW_REQUIRED",
             "instance": "/api/v1/appointments", "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "patientId": "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11", "modality": "DRY_NEEDLING", "date": "2026-03-04",
             "blockers": ["CLINICAL_REVIEW_REQUIRED"]}""";
    private static final String NOT_BOOKABLE_EXAMPLE = """
            {"type": "https://clinic.dev/problems/practitioner-not-bookable", "title": "Conflict", "status": 409,
             "detail": "Practitioner 7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f cannot be booked for DRY_NEEDLING on 2026-03-04: CREDENTIALS_NOT_VALID (requires a PT_LICENSE and a DRY_NEEDLING_CERT valid on the appointment date)",
             "instance": "/api/v1/appointments", "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "practitionerId": "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f", "reasons": ["CREDENTIALS_NOT_VALID"]}""";
    private static final String OUTSIDE_EXAMPLE = """
            {"type": "https://clinic.dev/problems/outside-schedule", "title": "Conflict", "status": 409,
             "detail": "Practitioner 7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f does not work at location 0b6c9a8e-51c4-4f7d-9a0e-6e2f1d3c4b5a from 2026-03-04T23:00:00Z to 2026-03-04T23:40:00Z (buffer included)",
             "instance": "/api/v1/appointments", "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "practitionerId": "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f", "reason": "NOT_WORKING"}""";
    private static final String TRANSITION_EXAMPLE = """
            {"type": "https://clinic.dev/problems/invalid-transition", "title": "Conflict", "status": 409,
             "detail": "An appointment that is COMPLETED cannot become CANCELLED",
             "instance": "/api/v1/appointments/3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b/cancel",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c", "from": "COMPLETED", "to": "CANCELLED"}""";

    private static final String OWN_VISIT_FORBIDDEN = "The role may not (patient, integrator), or a practitioner "
            + "asked for another practitioner's appointment (checked before `If-Match` and the status).";

    private final AppointmentService appointments;
    private final Idempotency idempotency;

    AppointmentResource(AppointmentService appointments, Idempotency idempotency) {
        this.appointments = appointments;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PATIENT })
    @Operation(operationId = "createAppointment", summary = "Book an appointment",
            description = "Checks, in order: the practitioner is bookable, the time (buffer included) is inside their "
                    + "hours at the location and outside time off (a clinic admin may override with `overrideReason`), "
                    + "patient-service finds the patient eligible (asked with the caller's token), and nothing overlaps. "
                    + "A patient books only for their own `patient_id`.")
    @APIResponse(responseCode = "201", description = "Booked; `Location` names the appointment.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = AppointmentResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", description = "The role may not book (practitioner, integrator), or "
            + "`overrideReason` from someone who is not a clinic admin.", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "A record the body names is not one of this clinic's (unknown or "
            + "another clinic's, alike): `errors` names the field (`patientId`, `appointmentTypeId`, `practitionerId`, "
            + "`locationId`, `roomId`); or a patient booked for someone else.", ref = "NotFound")
    @APIResponse(responseCode = "409", description = BOOKING_CONFLICTS,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"), examples = {
                    @ExampleObject(name = "overlap", value = OVERLAP_EXAMPLE),
                    @ExampleObject(name = "patient-ineligible", value = INELIGIBLE_EXAMPLE),
                    @ExampleObject(name = "practitioner-not-bookable", value = NOT_BOOKABLE_EXAMPLE),
                    @ExampleObject(name = "outside-schedule", value = OUTSIDE_EXAMPLE) }))
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    @APIResponse(responseCode = "503", description = "patient-service did not answer in time; nothing was booked.",
            ref = "ServiceUnavailable")
    public Response create(
            @Parameter(description = "Makes a retry safe: the same key and body return the first answer.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid CreateAppointmentRequest request) {
        return appointments.namingBlocker(() -> idempotency.create(idempotencyKey, request, () -> {
            Appointment appointment = appointments.book(request.patientId(), request.appointmentTypeId(),
                    new Placement(request.practitionerId(), request.locationId(), request.roomId(), request.start(),
                            request.overrideReason()),
                    request.notes());
            return new Created(appointment.getId(), URI.create("/api/v1/appointments/" + appointment.getId()),
                    AppointmentResponse.of(appointment));
        }, id -> AppointmentResponse.of(appointments.get(id))));
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "listAppointments", summary = "List appointments",
            description = "Keyset-paged in creation order; with `updatedSince` every appointment changed since then, "
                    + "cancelled ones included, in order of change. `from`/`to` select appointments overlapping "
                    + "that range. A patient sees only their own.")
    @APIResponse(responseCode = "200", description = "One page; `Link: rel=\"next\"` when more follow.",
            content = @Content(schema = @Schema(implementation = AppointmentPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "A patient asked for another patient's appointments.",
            ref = "NotFound")
    public Response list(
            @Parameter(description = "Only this patient's.") @QueryParam("patientId") UUID patientId,
            @Parameter(description = "Only this practitioner's.") @QueryParam("practitionerId") UUID practitionerId,
            @Parameter(description = "Only appointments ending after this instant.", example = "2026-03-02T00:00:00Z")
            @QueryParam("from") Instant from,
            @Parameter(description = "Only appointments starting before this instant.", example = "2026-03-09T00:00:00Z")
            @QueryParam("to") Instant to,
            @Parameter(description = "Only this status.") @QueryParam("status") AppointmentStatus status,
            @BeanParam @Valid PageParams page, @Context UriInfo uriInfo) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw ProblemException.invalid("to", "must be after from (" + from + ")");
        }
        Filter filter = new Filter(patientId, practitionerId, from, to, status);
        return PageResponses.ok(appointments.list(filter, page).map(AppointmentResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.INTEGRATOR, Roles.PATIENT })
    @Operation(operationId = "getAppointment", summary = "Read an appointment")
    @APIResponse(responseCode = "200", description = "The appointment; `ETag` is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AppointmentResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "Unknown, another clinic's, or (for a patient) not their own.",
            ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        return withETag(appointments.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK })
    @Operation(operationId = "rescheduleAppointment", summary = "Reschedule an appointment",
            description = "Moves a BOOKED appointment (time, practitioner, location, room) under the same rules as a "
                    + "booking. Send `If-Match` with the ETag you read.")
    @APIResponse(responseCode = "200", description = "The moved appointment; `ETag` is its new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AppointmentResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "The appointment, or a record the body names, is not one of this "
            + "clinic's (unknown or another clinic's, alike); for a body field `errors` names it (`practitionerId`, "
            + "`locationId`, `roomId`).", ref = "NotFound")
    @APIResponse(responseCode = "409", description = BOOKING_CONFLICTS
            + " `invalid-transition` when the appointment is no longer BOOKED.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"), examples = {
                    @ExampleObject(name = "overlap", value = OVERLAP_EXAMPLE),
                    @ExampleObject(name = "outside-schedule", value = OUTSIDE_EXAMPLE) }))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "503", description = "patient-service did not answer in time; nothing changed.",
            ref = "ServiceUnavailable")
    public Response reschedule(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read; a stale one is refused with 412.")
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid RescheduleAppointmentRequest request) {
        return withETag(appointments.namingBlocker(() -> appointments.reschedule(id, ifMatch,
                new Placement(request.practitionerId(), request.locationId(), request.roomId(), request.start(),
                        request.overrideReason()),
                request.notes())));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PATIENT })
    @Operation(operationId = "cancelAppointment", summary = "Cancel an appointment",
            description = "Frees the time. Inside the clinic's cancellation window `lateCancellation` is set. A "
                    + "patient cancels only their own.")
    @APIResponse(responseCode = "200", description = "The cancelled appointment.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AppointmentResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "Only a BOOKED appointment can be cancelled.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "invalid-transition", value = TRANSITION_EXAMPLE)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid CancelAppointmentRequest request) {
        return withETag(appointments.cancel(id, ifMatch, request.reason()));
    }

    @POST
    @Path("/{id}/check-in")
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER })
    @Operation(operationId = "checkInAppointment", summary = "Check the patient in (BOOKED → CHECKED_IN)",
            description = "The front desk and clinic admins check in any appointment of the clinic; a practitioner "
                    + "only their own (the appointment's practitioner record is linked to their login).")
    @APIResponse(responseCode = "200", description = "The appointment, CHECKED_IN.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AppointmentResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", description = OWN_VISIT_FORBIDDEN, ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "Only a BOOKED appointment can be checked in.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "invalid-transition", value = TRANSITION_EXAMPLE)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response checkIn(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return withETag(appointments.transition(id, ifMatch, AppointmentStatus.CHECKED_IN));
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK, Roles.PRACTITIONER })
    @Operation(operationId = "completeAppointment", summary = "Complete the visit (CHECKED_IN → COMPLETED)",
            description = "The front desk and clinic admins complete any appointment of the clinic; a practitioner "
                    + "only their own (the appointment's practitioner record is linked to their login).")
    @APIResponse(responseCode = "200", description = "The appointment, COMPLETED.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AppointmentResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", description = OWN_VISIT_FORBIDDEN, ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "Only a CHECKED_IN appointment can be completed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "invalid-transition", value = TRANSITION_EXAMPLE)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response complete(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return withETag(appointments.transition(id, ifMatch, AppointmentStatus.COMPLETED));
    }

    @POST
    @Path("/{id}/no-show")
    @RolesAllowed({ Roles.CLINIC_ADMIN, Roles.FRONT_DESK })
    @Operation(operationId = "markAppointmentNoShow", summary = "Record a no-show (BOOKED → NO_SHOW)",
            description = "The time stays held: it has passed anyway.")
    @APIResponse(responseCode = "200", description = "The appointment, NO_SHOW.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AppointmentResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "Only a BOOKED appointment can become a no-show.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "invalid-transition", value = TRANSITION_EXAMPLE)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response noShow(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return withETag(appointments.transition(id, ifMatch, AppointmentStatus.NO_SHOW));
    }

    private static Response withETag(Appointment appointment) {
        return Response.ok(AppointmentResponse.of(appointment)).tag(ETags.of(appointment.getVersion())).build();
    }

    /** The list body, named for the OpenAPI document. */
    @Schema(name = "AppointmentPage")
    public record AppointmentPage(List<AppointmentResponse> items, @Schema(nullable = true) String nextCursor) {
    }
}
