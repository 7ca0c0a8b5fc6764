package dev.clinic.booking.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import dev.clinic.booking.domain.scheduling.AppointmentStatus;
import dev.clinic.booking.domain.scheduling.Interval;
import dev.clinic.platform.persistence.TenantEntity;

/**
 * A booked time of a patient with a practitioner. It holds {@code [start, blockedUntil)} (the
 * appointment and the type's buffer after it) against the practitioner, the room and the patient
 * until it is cancelled; the database's exclusion constraints guarantee that, whatever races.
 * Status changes go through {@link AppointmentStatus}, the one place that knows the allowed moves.
 */
@Entity
@Table(name = "appointment")
public class Appointment extends TenantEntity {

    /** Who made the booking, from the caller's role. */
    public enum Source {
        STAFF, PATIENT, INTEGRATION
    }

    public enum CancellationReason {
        PATIENT_REQUEST, CLINIC, ILLNESS, OTHER
    }

    // Ids rather than associations: the use cases load what they check explicitly, in set-based queries.
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(name = "practitioner_id", nullable = false)
    private UUID practitionerId;

    @Column(name = "appointment_type_id", nullable = false, updatable = false)
    private UUID appointmentTypeId;

    // What is booked, taken from the type: what the booking rules checked, and what a treatment
    // session records. A later change of the type leaves it be until the next reschedule.
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Modality modality;

    @Enumerated(EnumType.STRING)
    @Column(name = "massage_technique")
    private MassageTechnique massageTechnique;

    @Column(name = "location_id", nullable = false)
    private UUID locationId;

    @Column(name = "room_id")
    private UUID roomId;

    @Column(name = "start_at", nullable = false)
    private Instant start;

    @Column(name = "end_at", nullable = false)
    private Instant end;

    @Column(name = "blocked_until", nullable = false)
    private Instant blockedUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppointmentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Source source;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancellation_reason")
    private CancellationReason cancellationReason;

    @Column(name = "late_cancellation", nullable = false)
    private boolean lateCancellation;

    private String notes;

    @Column(name = "override_reason")
    private String overrideReason;

    protected Appointment() {
    }

    public Appointment(UUID patientId, AppointmentType type, Source source) {
        this.patientId = patientId;
        this.appointmentTypeId = type.getId();
        this.source = source;
        this.status = AppointmentStatus.BOOKED;
        takeTreatmentOf(type);
    }

    /**
     * Where and when, on booking and on every reschedule; the treatment is the type's as the rules
     * were just checked against it.
     */
    public void place(AppointmentType type, UUID practitionerId, UUID locationId, UUID roomId, Instant start,
            Instant end, Instant blockedUntil, String overrideReason) {
        takeTreatmentOf(type);
        this.practitionerId = practitionerId;
        this.locationId = locationId;
        this.roomId = roomId;
        this.start = start;
        this.end = end;
        this.blockedUntil = blockedUntil;
        this.overrideReason = overrideReason;
    }

    private void takeTreatmentOf(AppointmentType type) {
        if (!type.getId().equals(appointmentTypeId)) {
            throw new IllegalArgumentException("type " + type.getId() + " is not the appointment's type "
                    + appointmentTypeId);
        }
        this.modality = type.getModality();
        this.massageTechnique = type.getMassageTechnique();
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    /** @throws dev.clinic.platform.problem.ProblemException 409 invalid-transition */
    public void moveTo(AppointmentStatus target) {
        status = status.transitionTo(target);
    }

    /** @throws dev.clinic.platform.problem.ProblemException 409 invalid-transition unless booked */
    public void cancel(CancellationReason reason, boolean late) {
        moveTo(AppointmentStatus.CANCELLED);
        cancellationReason = reason;
        lateCancellation = late;
    }

    /** What the appointment keeps from others: itself and the buffer after it. */
    public Interval occupied() {
        return new Interval(start, blockedUntil);
    }

    public UUID getPatientId() {
        return patientId;
    }

    public UUID getPractitionerId() {
        return practitionerId;
    }

    public UUID getAppointmentTypeId() {
        return appointmentTypeId;
    }

    public Modality getModality() {
        return modality;
    }

    /** The technique of a massage; null for any other modality. */
    public MassageTechnique getMassageTechnique() {
        return massageTechnique;
    }

    public UUID getLocationId() {
        return locationId;
    }

    public UUID getRoomId() {
        return roomId;
    }

    public Instant getStart() {
        return start;
    }

    public Instant getEnd() {
        return end;
    }

    public Instant getBlockedUntil() {
        return blockedUntil;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public Source getSource() {
        return source;
    }

    public CancellationReason getCancellationReason() {
        return cancellationReason;
    }

    public boolean isLateCancellation() {
        return lateCancellation;
    }

    public String getNotes() {
        return notes;
    }

    public String getOverrideReason() {
        return overrideReason;
    }
}
