package dev.clinic.booking.service;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.postgresql.util.PSQLException;

import dev.clinic.booking.client.EligibilityAnswer;
import dev.clinic.booking.client.PatientClient;
import dev.clinic.booking.domain.Appointment;
import dev.clinic.booking.domain.Appointment.CancellationReason;
import dev.clinic.booking.domain.Appointment.Source;
import dev.clinic.booking.domain.AppointmentType;
import dev.clinic.booking.domain.ClinicSettings;
import dev.clinic.booking.domain.Location;
import dev.clinic.booking.domain.Practitioner;
import dev.clinic.booking.domain.TimeOff;
import dev.clinic.booking.domain.scheduling.AppointmentStatus;
import dev.clinic.booking.domain.scheduling.CancellationRules;
import dev.clinic.booking.domain.scheduling.CredentialRules;
import dev.clinic.booking.domain.scheduling.CredentialView;
import dev.clinic.booking.domain.scheduling.Interval;
import dev.clinic.booking.domain.scheduling.SlotFinder;
import dev.clinic.booking.domain.scheduling.WeeklyHours;
import dev.clinic.booking.domain.scheduling.WeeklyInterval;
import dev.clinic.booking.repository.AppointmentRepository;
import dev.clinic.booking.repository.AppointmentRepository.Filter;
import dev.clinic.booking.repository.AppointmentTypeRepository;
import dev.clinic.booking.repository.ClinicSettingsRepository;
import dev.clinic.booking.repository.CredentialRepository;
import dev.clinic.booking.repository.LocationRepository;
import dev.clinic.booking.repository.PractitionerRepository;
import dev.clinic.booking.repository.RoomRepository;
import dev.clinic.booking.repository.ScheduleRepository;
import dev.clinic.booking.repository.TimeOffRepository;
import dev.clinic.platform.audit.AuditLog;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.security.CurrentUser;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Appointment use cases, each in one transaction, enforcing the booking rules of DOMAIN.md in
 * order: (1) the practitioner is bookable, (2) the time is inside their hours and outside time off
 * (a clinic admin may override with a reason), (4) patient-service finds the patient eligible, and
 * (3) the database's exclusion constraints refuse any overlap. Appointments are patient records:
 * every read and change is audited.
 */
@ApplicationScoped
public class AppointmentService {

    static final String RESOURCE = "APPOINTMENT";

    /** The exclusion constraints of V4 and the resource each one protects. */
    private static final Map<String, String> OVERLAP_CONSTRAINTS = Map.of(
            "appointment_no_practitioner_overlap", "practitioner",
            "appointment_no_room_overlap", "room",
            "appointment_no_patient_overlap", "patient");
    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final String DEADLOCK = "40P01";
    private static final int DEADLOCK_ATTEMPTS = 3;

    private final AppointmentRepository appointments;
    private final AppointmentTypeRepository types;
    private final PractitionerRepository practitioners;
    private final CredentialRepository credentials;
    private final ScheduleRepository schedules;
    private final TimeOffRepository timeOff;
    private final LocationRepository locations;
    private final RoomRepository rooms;
    private final ClinicSettingsRepository settings;
    private final PatientClient patients;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    AppointmentService(AppointmentRepository appointments, AppointmentTypeRepository types,
            PractitionerRepository practitioners, CredentialRepository credentials, ScheduleRepository schedules,
            TimeOffRepository timeOff, LocationRepository locations, RoomRepository rooms,
            ClinicSettingsRepository settings, PatientClient patients, AuditLog audit, CurrentUser currentUser) {
        this.appointments = appointments;
        this.types = types;
        this.practitioners = practitioners;
        this.credentials = credentials;
        this.schedules = schedules;
        this.timeOff = timeOff;
        this.locations = locations;
        this.rooms = rooms;
        this.settings = settings;
        this.patients = patients;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** Where and when an appointment is to be, on booking and on reschedule. */
    public record Placement(UUID practitionerId, UUID locationId, UUID roomId, Instant start, String overrideReason) {
    }

    @Transactional
    public Appointment book(UUID patientId, UUID appointmentTypeId, Placement placement, String notes) {
        if (currentUser.hasRole(Roles.PATIENT) && !currentUser.patientId().map(patientId::equals).orElse(false)) {
            // any other patient, of this clinic or not, is as unknown to a patient as a missing one
            throw ProblemException.referenceNotFound("patientId", "is not your own patient record");
        }
        AppointmentType type = types.findByIdOptional(appointmentTypeId)
                .orElseThrow(() -> ProblemException.referenceNotFound("appointmentTypeId",
                        "is not an appointment type of this clinic"));
        if (!type.isActive()) {
            if (!AvailabilityService.seesInactiveTypes(currentUser)) {
                // for a patient an inactive type does not exist, as in GET /appointment-types/{id}
                throw ProblemException.referenceNotFound("appointmentTypeId", "is not an appointment type of this clinic");
            }
            throw ProblemException.invalid("appointmentTypeId", "is not active and can no longer be booked");
        }
        lockPatient(patientId);
        Appointment appointment = new Appointment(patientId, type, sourceOfCaller());
        appointment.setNotes(blankToNull(notes));
        place(appointment, type, placement);
        insertOrUpdate(appointment, true);
        audit.record("CREATE", RESOURCE, appointment.getId(), patientId);
        return appointment;
    }

    @Transactional
    public Appointment reschedule(UUID id, String ifMatch, Placement placement, String notes) {
        Appointment appointment = find(id);
        ETags.checkIfMatch(ifMatch, appointment.getVersion());
        // Before the entity changes: a query after that would flush the move outside insertOrUpdate.
        lockPatient(appointment.getPatientId());
        if (appointment.getStatus() != AppointmentStatus.BOOKED) {
            throw ProblemException.conflict("invalid-transition", "An appointment that is "
                    + appointment.getStatus() + " cannot be rescheduled; only BOOKED ones can",
                    Map.of("from", appointment.getStatus().name(), "to", AppointmentStatus.BOOKED.name()));
        }
        AppointmentType type = types.findByIdOptional(appointment.getAppointmentTypeId())
                .orElseThrow(() -> new IllegalStateException("appointment type of " + id + " is gone"));
        place(appointment, type, placement);
        appointment.setNotes(blankToNull(notes));
        insertOrUpdate(appointment, false);
        audit.record("RESCHEDULE", RESOURCE, id, appointment.getPatientId());
        return appointment;
    }

    @Transactional
    public Appointment cancel(UUID id, String ifMatch, CancellationReason reason) {
        Appointment appointment = find(id);
        ETags.checkIfMatch(ifMatch, appointment.getVersion());
        boolean late = CancellationRules.lateCancellation(Instant.now(), appointment.getStart(),
                settings.current().getCancellationWindowHours());
        appointment.cancel(reason, late);
        appointments.flush();
        audit.record("CANCEL", RESOURCE, id, appointment.getPatientId());
        return appointment;
    }

    @Transactional
    public Appointment transition(UUID id, String ifMatch, AppointmentStatus target) {
        Appointment appointment = find(id);
        requireMayMove(appointment, target);
        ETags.checkIfMatch(ifMatch, appointment.getVersion());
        appointment.moveTo(target);
        appointments.flush();
        audit.record(target.name(), RESOURCE, id, appointment.getPatientId());
        return appointment;
    }

    @Transactional
    public Appointment get(UUID id) {
        Appointment appointment = find(id);
        audit.record("READ", RESOURCE, id, appointment.getPatientId());
        return appointment;
    }

    @Transactional
    public Page<Appointment> list(Filter filter, PageParams page) {
        Filter scoped = filter;
        if (currentUser.hasRole(Roles.PATIENT)) {
            UUID own = currentUser.patientId().orElseThrow(() -> ProblemException.forbidden(
                    "This patient token carries no patient_id"));
            currentUser.requireOwnPatientRecord("Patient", filter.patientId() == null ? own : filter.patientId());
            scoped = new Filter(own, filter.practitionerId(), filter.from(), filter.to(), filter.status());
        }
        Page<Appointment> result = appointments.page(scoped, page);
        audit.record("LIST", RESOURCE, null, scoped.patientId());
        return result;
    }

    /**
     * Runs a booking or reschedule (with its own transaction) and, when an exclusion constraint
     * refused it, answers the 409 that names the blocking appointment. The lookup runs after the
     * refused transaction has rolled back, in a new one: PostgreSQL answers nothing more in a
     * transaction whose statement failed, and a second connection held while the first is still
     * open could exhaust the pool under a burst of competing bookings.
     */
    public <T> T namingBlocker(Supplier<T> booking) {
        try {
            return retryingDeadlocks(booking);
        } catch (OverlapRefused refused) {
            Appointment blocker = QuarkusTransaction.requiringNew().call(() -> appointments
                    .firstLiveBlocking(refused.resource, refused.resourceId, refused.occupied.start(),
                            refused.occupied.end(), refused.appointmentId)
                    .orElse(null));
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("resource", refused.resource);
            properties.put(refused.resource + "Id", refused.resourceId);
            if (blocker != null) {
                properties.put("blockingAppointmentId", blocker.getId());
            }
            String detail = "The " + refused.resource + " already has an appointment"
                    + (blocker == null ? "" : " (" + blocker.getId() + ", " + blocker.getStart() + " to "
                            + blocker.getBlockedUntil() + " including its buffer)")
                    + " overlapping " + refused.occupied.start() + " to " + refused.occupied.end();
            throw ProblemException.conflict("overlap", detail, properties);
        }
    }

    /**
     * Two bookings that collide on two constraints at once (the same patient with two practitioners)
     * can each wait for the other's uncommitted row; PostgreSQL then aborts one. Run again, the loser
     * finds the winner committed and gets its plain overlap answer.
     */
    private static <T> T retryingDeadlocks(Supplier<T> booking) {
        for (int attempt = 1;; attempt++) {
            try {
                return booking.get();
            } catch (PersistenceException e) {
                if (attempt >= DEADLOCK_ATTEMPTS || !hasSqlState(e, DEADLOCK)) {
                    throw e;
                }
            }
        }
    }

    private static boolean hasSqlState(Throwable e, String state) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Rules 1, 2 and 4, then the new place and time on the appointment (rule 3 is the database's). */
    private void place(Appointment appointment, AppointmentType type, Placement placement) {
        if (placement.overrideReason() != null && !currentUser.hasRole(Roles.CLINIC_ADMIN)) {
            throw ProblemException.forbidden("Only a clinic admin may book outside working hours (overrideReason)");
        }
        Practitioner practitioner = practitioners.findByIdOptional(placement.practitionerId())
                .orElseThrow(() -> ProblemException.referenceNotFound("practitionerId", "is not a practitioner of this clinic"));
        Location location = locations.findByIdOptional(placement.locationId())
                .orElseThrow(() -> ProblemException.referenceNotFound("locationId", "is not a location of this clinic"));
        if (placement.roomId() != null && rooms.findInLocation(location.getId(), placement.roomId()).isEmpty()) {
            // tenant-filtered: a room of another clinic is as unknown as one that does not exist (404);
            // a room of this clinic at another location is known, only not usable here (400)
            if (rooms.findByIdOptional(placement.roomId()).isEmpty()) {
                throw ProblemException.referenceNotFound("roomId", "is not a room of this clinic");
            }
            throw ProblemException.invalid("roomId", "is not a room of location " + location.getId());
        }
        ClinicSettings clinic = settings.current();
        Function<UUID, ZoneId> zoneOf = zones(clinic);
        Instant start = placement.start();
        Instant end = start.plus(type.duration());
        Interval occupied = new Interval(start, end.plus(type.buffer()));
        LocalDate date = LocalDate.ofInstant(start, zoneOf.apply(location.getId()));

        requireBookable(practitioner, type, date);
        if (placement.overrideReason() == null) {
            requireWorking(practitioner, location.getId(), occupied, zoneOf);
        }
        EligibilityAnswer eligibility = patients.eligibility(appointment.getPatientId(), type.getModality(), date);
        if (!eligibility.eligible()) {
            throw ProblemException.conflict("patient-ineligible", "Patient " + appointment.getPatientId()
                    + " is not eligible for " + type.getModality() + " on " + date + ": "
                    + String.join(", ", eligibility.blockers()),
                    Map.of("patientId", appointment.getPatientId(), "modality", type.getModality().name(),
                            "date", date.toString(), "blockers", eligibility.blockers()));
        }
        appointment.place(type, practitioner.getId(), location.getId(), placement.roomId(), start, end, occupied.end(),
                blankToNull(placement.overrideReason()));
    }

    /** Rule 1: active, offers the modality, credentials valid on the date. */
    private void requireBookable(Practitioner practitioner, AppointmentType type, LocalDate date) {
        List<String> reasons = new ArrayList<>();
        if (!practitioner.isActive()) {
            reasons.add("INACTIVE");
        }
        if (!practitioner.offers(type.getModality())) {
            reasons.add("MODALITY_NOT_OFFERED");
        }
        List<CredentialView> held = credentials.ofPractitioners(Set.of(practitioner.getId())).stream()
                .map(c -> new CredentialView(c.getType(), c.getIssuedOn(), c.getExpiresOn()))
                .toList();
        if (!CredentialRules.qualifiesOn(type.getModality(), held, date)) {
            reasons.add("CREDENTIALS_NOT_VALID");
        }
        if (!reasons.isEmpty()) {
            throw ProblemException.conflict("practitioner-not-bookable", "Practitioner " + practitioner.getId()
                    + " cannot be booked for " + type.getModality() + " on " + date + ": " + String.join(", ", reasons)
                    + " (requires " + CredentialRules.requirement(type.getModality()) + ")",
                    Map.of("practitionerId", practitioner.getId(), "reasons", reasons));
        }
    }

    /** Rule 2: inside one working window at the location, buffer included, and clear of time off. */
    private void requireWorking(Practitioner practitioner, UUID locationId, Interval occupied,
            Function<UUID, ZoneId> zoneOf) {
        WeeklyHours hours = new WeeklyHours(schedules.ofPractitioners(Set.of(practitioner.getId())).stream()
                .map(i -> new WeeklyInterval(i.getWeekday(), i.getStart(), i.getEnd(), i.getLocationId()))
                .toList());
        if (!SlotFinder.insideSchedule(hours.windowsOverlapping(occupied, zoneOf), locationId, occupied)) {
            throw ProblemException.conflict("outside-schedule", "Practitioner " + practitioner.getId()
                    + " does not work at location " + locationId + " from " + occupied.start() + " to "
                    + occupied.end() + " (buffer included)",
                    Map.of("practitionerId", practitioner.getId(), "reason", "NOT_WORKING"));
        }
        List<TimeOff> away = timeOff.overlapping(Set.of(practitioner.getId()), occupied.start(), occupied.end());
        if (!away.isEmpty()) {
            throw ProblemException.conflict("outside-schedule", "Practitioner " + practitioner.getId()
                    + " has time off from " + away.get(0).getStart() + " to " + away.get(0).getEnd(),
                    Map.of("practitionerId", practitioner.getId(), "reason", "TIME_OFF",
                            "timeOffId", away.get(0).getId()));
        }
    }

    /** Each location's zone: its own, or the clinic's. One query for all of the clinic's locations. */
    Function<UUID, ZoneId> zones(ClinicSettings clinic) {
        Map<UUID, ZoneId> byLocation = new java.util.HashMap<>();
        for (Location location : locations.listAll()) {
            byLocation.put(location.getId(),
                    location.getTimeZone() == null ? clinic.zone() : ZoneId.of(location.getTimeZone()));
        }
        return id -> byLocation.getOrDefault(id, clinic.zone());
    }

    /**
     * Bookings of one patient take turns: with two practitioners' slots at stake they would
     * otherwise wait on each other's rows in two constraints and deadlock. Released at commit.
     * Taken before the appointment changes, so no pending change is flushed by this query.
     */
    private void lockPatient(UUID patientId) {
        appointments.getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtextextended(cast(?1 as text), 0))")
                .setParameter(1, currentUser.clinicId() + "/" + patientId)
                .getSingleResult();
    }

    /** Flushes the booking so an exclusion constraint answers now, inside this use case. */
    private void insertOrUpdate(Appointment appointment, boolean insert) {
        try {
            if (insert) {
                appointments.persistAndFlush(appointment);
            } else {
                appointments.flush();
            }
        } catch (PersistenceException e) {
            String constraint = exclusionConstraint(e);
            String resource = constraint == null ? null : OVERLAP_CONSTRAINTS.get(constraint);
            if (resource == null) {
                throw e;
            }
            UUID resourceId = switch (resource) {
                case "practitioner" -> appointment.getPractitionerId();
                case "room" -> appointment.getRoomId();
                default -> appointment.getPatientId();
            };
            throw new OverlapRefused(resource, resourceId, appointment.occupied(), appointment.getId());
        }
    }

    private static String exclusionConstraint(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && EXCLUSION_VIOLATION.equals(psql.getSQLState())
                    && psql.getServerErrorMessage() != null) {
                return psql.getServerErrorMessage().getConstraint();
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null) {
                String next = exclusionConstraint(sql.getNextException());
                if (next != null) {
                    return next;
                }
            }
        }
        return null;
    }

    /** An exclusion constraint refused the booking; carries what is needed to name the blocker later. */
    static final class OverlapRefused extends RuntimeException {
        final String resource;
        final UUID resourceId;
        final Interval occupied;
        final UUID appointmentId;

        OverlapRefused(String resource, UUID resourceId, Interval occupied, UUID appointmentId) {
            super("overlap on " + resource, null, false, false);
            this.resource = resource;
            this.resourceId = resourceId;
            this.occupied = occupied;
            this.appointmentId = appointmentId;
        }
    }

    /**
     * Who records the visit: the front desk and clinic admins on any appointment of the clinic; a
     * practitioner checks in and completes only their own, those whose practitioner record is linked
     * to the caller's login (token subject == keycloakUserId). Checked before If-Match and the status,
     * so another practitioner learns nothing from a 412 or 409.
     */
    private void requireMayMove(Appointment appointment, AppointmentStatus target) {
        if (currentUser.hasRole(Roles.CLINIC_ADMIN) || currentUser.hasRole(Roles.FRONT_DESK)) {
            return;
        }
        boolean visit = target == AppointmentStatus.CHECKED_IN || target == AppointmentStatus.COMPLETED;
        if (!visit || !currentUser.hasRole(Roles.PRACTITIONER)) {
            throw ProblemException.forbidden("Only the front desk or a clinic admin may record " + target
                    + " on an appointment");
        }
        String subject = currentUser.subject();
        boolean own = subject != null && practitioners.findByIdOptional(appointment.getPractitionerId())
                .map(practitioner -> practitioner.hasLogin(subject)).orElse(false);
        if (!own) {
            throw ProblemException.forbidden("Only the appointment's practitioner (or the front desk or a clinic "
                    + "admin) may check in or complete appointment " + appointment.getId()
                    + "; your login is not linked to its practitioner " + appointment.getPractitionerId());
        }
    }

    private Appointment find(UUID id) {
        Appointment appointment = appointments.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Appointment", id));
        // A patient reaches only their own appointments; another's is as unknown as a missing one.
        if (currentUser.hasRole(Roles.PATIENT)
                && !currentUser.patientId().map(appointment.getPatientId()::equals).orElse(false)) {
            throw ProblemException.notFound("Appointment", id);
        }
        return appointment;
    }

    private Source sourceOfCaller() {
        if (currentUser.hasRole(Roles.CLINIC_ADMIN) || currentUser.hasRole(Roles.FRONT_DESK)) {
            return Source.STAFF;
        }
        return currentUser.hasRole(Roles.PATIENT) ? Source.PATIENT : Source.INTEGRATION;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
