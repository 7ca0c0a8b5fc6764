package dev.clinic.booking.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.booking.domain.Appointment;
import dev.clinic.booking.domain.Appointment.CancellationReason;
import dev.clinic.booking.domain.Appointment.Source;
import dev.clinic.booking.domain.MassageTechnique;
import dev.clinic.booking.domain.Modality;
import dev.clinic.booking.domain.scheduling.AppointmentStatus;

@Schema(name = "Appointment", description = "A booked time of a patient with a practitioner. Status moves BOOKED → "
        + "CHECKED_IN → COMPLETED, or BOOKED → CANCELLED, or BOOKED → NO_SHOW (FHIR: booked, arrived, fulfilled, "
        + "cancelled, noshow).")
public record AppointmentResponse(
        @Schema(examples = "3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b") UUID id,
        @Schema(description = "Row version; also the ETag.", examples = "0") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11") UUID patientId,
        @Schema(examples = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f") UUID practitionerId,
        @Schema(examples = "2f4e6a8c-1b3d-4f5a-9c7e-8d6b4a2c0e1f") UUID appointmentTypeId,
        @Schema(description = "What is booked: the appointment type's modality when it was booked (or last "
                + "rescheduled). The booking rules (credentials, eligibility) were checked for it, and a treatment "
                + "session of this appointment records it.", examples = "DRY_NEEDLING") Modality modality,
        @Schema(description = "The massage technique for a MASSAGE appointment, from its type like `modality`; null "
                + "for any other modality.", nullable = true, examples = "SWEDISH") MassageTechnique massageTechnique,
        @Schema(examples = "0b6c9a8e-51c4-4f7d-9a0e-6e2f1d3c4b5a") UUID locationId,
        @Schema(nullable = true, examples = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") UUID roomId,
        @Schema(examples = "2026-03-04T14:30:00Z") Instant start,
        @Schema(description = "start + the type's duration.", examples = "2026-03-04T15:00:00Z") Instant end,
        @Schema(description = "end + the type's buffer: until when the practitioner, room and patient are held.",
                examples = "2026-03-04T15:10:00Z") Instant blockedUntil,
        @Schema(examples = "BOOKED") AppointmentStatus status,
        @Schema(description = "Who booked: staff, the patient online, or an integration.", examples = "STAFF") Source source,
        @Schema(nullable = true, examples = "PATIENT_REQUEST") CancellationReason cancellationReason,
        @Schema(description = "Cancelled inside the clinic's cancellation window.", examples = "false")
        boolean lateCancellation,
        @Schema(nullable = true, examples = "Prefers the quiet room.") String notes,
        @Schema(description = "Why a clinic admin booked outside working hours.", nullable = true) String overrideReason) {

    static AppointmentResponse of(Appointment a) {
        return new AppointmentResponse(a.getId(), a.getVersion(), a.getCreatedAt(), a.getUpdatedAt(), a.getPatientId(),
                a.getPractitionerId(), a.getAppointmentTypeId(), a.getModality(), a.getMassageTechnique(),
                a.getLocationId(), a.getRoomId(), a.getStart(), a.getEnd(), a.getBlockedUntil(), a.getStatus(),
                a.getSource(), a.getCancellationReason(), a.isLateCancellation(), a.getNotes(), a.getOverrideReason());
    }
}
