package dev.clinic.booking.domain.scheduling;

import java.util.Map;
import java.util.Set;

import dev.clinic.platform.problem.ProblemException;

/**
 * Where an appointment is in its life, and the only moves it may make:
 * {@code BOOKED → CHECKED_IN → COMPLETED}, {@code BOOKED → CANCELLED}, {@code BOOKED → NO_SHOW}.
 * FHIR Appointment.status: booked, arrived, fulfilled, cancelled, noshow.
 */
public enum AppointmentStatus {
    BOOKED, CHECKED_IN, COMPLETED, CANCELLED, NO_SHOW;

    /** The statuses this one may move to; none for the final ones. */
    public Set<AppointmentStatus> next() {
        return switch (this) {
            case BOOKED -> Set.of(CHECKED_IN, CANCELLED, NO_SHOW);
            case CHECKED_IN -> Set.of(COMPLETED);
            case COMPLETED, CANCELLED, NO_SHOW -> Set.of();
        };
    }

    public boolean canTransitionTo(AppointmentStatus target) {
        return next().contains(target);
    }

    /**
     * @return {@code target}, when the move is allowed
     * @throws ProblemException 409 {@code invalid-transition} with properties {@code from} and {@code to}
     */
    public AppointmentStatus transitionTo(AppointmentStatus target) {
        if (!canTransitionTo(target)) {
            throw ProblemException.conflict("invalid-transition",
                    "An appointment that is " + this + " cannot become " + target,
                    Map.of("from", name(), "to", target.name()));
        }
        return target;
    }

    /**
     * Whether the appointment still holds its time (and room, and patient) against others. Only a
     * cancellation frees it; a no-show keeps it, the time having passed anyway. The same predicate as
     * the exclusion constraints' {@code where (status <> 'CANCELLED')}.
     */
    public boolean isLive() {
        return this != CANCELLED;
    }
}
