package dev.clinic.booking.service;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.clinic.booking.domain.AppointmentType;
import dev.clinic.booking.domain.ClinicSettings;
import dev.clinic.booking.domain.Location;
import dev.clinic.booking.domain.Practitioner;
import dev.clinic.booking.domain.scheduling.AvailabilityRequest;
import dev.clinic.booking.domain.scheduling.CredentialRules;
import dev.clinic.booking.domain.scheduling.CredentialView;
import dev.clinic.booking.domain.scheduling.Interval;
import dev.clinic.booking.domain.scheduling.PractitionerCalendar;
import dev.clinic.booking.domain.scheduling.Slot;
import dev.clinic.booking.domain.scheduling.SlotFinder;
import dev.clinic.booking.domain.scheduling.WeeklyHours;
import dev.clinic.booking.domain.scheduling.WeeklyInterval;
import dev.clinic.booking.repository.AppointmentRepository;
import dev.clinic.booking.repository.AppointmentTypeRepository;
import dev.clinic.booking.repository.ClinicSettingsRepository;
import dev.clinic.booking.repository.CredentialRepository;
import dev.clinic.booking.repository.LocationRepository;
import dev.clinic.booking.repository.PractitionerRepository;
import dev.clinic.booking.repository.ScheduleRepository;
import dev.clinic.booking.repository.TimeOffRepository;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.security.CurrentUser;
import dev.clinic.platform.security.Roles;

/**
 * Free slots of every qualified practitioner at once. The data comes from a fixed number of
 * set-based queries whatever the range or the number of practitioners (settings, the type,
 * locations, practitioners, then schedules, credentials, time off and live appointments of all of
 * them); the rules are {@link SlotFinder}'s, the same a booking is checked against.
 */
@ApplicationScoped
public class AvailabilityService {

    private final AppointmentTypeRepository types;
    private final PractitionerRepository practitioners;
    private final ScheduleRepository schedules;
    private final CredentialRepository credentials;
    private final TimeOffRepository timeOff;
    private final AppointmentRepository appointments;
    private final LocationRepository locations;
    private final ClinicSettingsRepository settings;
    private final CurrentUser currentUser;

    AvailabilityService(AppointmentTypeRepository types, PractitionerRepository practitioners,
            ScheduleRepository schedules, CredentialRepository credentials, TimeOffRepository timeOff,
            AppointmentRepository appointments, LocationRepository locations, ClinicSettingsRepository settings,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.types = types;
        this.practitioners = practitioners;
        this.schedules = schedules;
        this.credentials = credentials;
        this.timeOff = timeOff;
        this.appointments = appointments;
        this.locations = locations;
        this.settings = settings;
    }

    /**
     * @param practitionerIds only these (empty: all active practitioners offering the modality)
     * @param locationId only slots at this location, or null
     */
    @Transactional
    public List<Slot> find(UUID appointmentTypeId, Instant from, Instant to, List<UUID> practitionerIds,
            UUID locationId) {
        AvailabilityRequest.validate(from, to);
        AppointmentType type = types.findByIdOptional(appointmentTypeId)
                .orElseThrow(() -> ProblemException.referenceNotFound("appointmentTypeId",
                        "is not an appointment type of this clinic"));
        if (!type.isActive()) {
            if (!seesInactiveTypes(currentUser)) {
                // for a patient an inactive type does not exist, as in GET /appointment-types/{id}
                throw ProblemException.referenceNotFound("appointmentTypeId", "is not an appointment type of this clinic");
            }
            throw ProblemException.invalid("appointmentTypeId", "is not active; no slots are offered for it");
        }
        ClinicSettings clinic = settings.current();
        Map<UUID, ZoneId> zones = new HashMap<>();
        for (Location location : locations.listAll()) {
            zones.put(location.getId(), location.getTimeZone() == null ? clinic.zone() : ZoneId.of(location.getTimeZone()));
        }
        if (locationId != null && !zones.containsKey(locationId)) {
            throw ProblemException.referenceNotFound("locationId", "is not a location of this clinic");
        }
        Function<UUID, ZoneId> zoneOf = id -> zones.getOrDefault(id, clinic.zone());

        List<Practitioner> candidates = practitioners.active(practitionerIds).stream()
                .filter(p -> p.offers(type.getModality()))
                .toList();
        List<UUID> ids = candidates.stream().map(Practitioner::getId).toList();
        AvailabilityRequest request = new AvailabilityRequest(from, to, type.duration(), type.buffer(),
                clinic.getSlotStepMinutes(), Instant.now());
        // A slot starting just before `to` holds time until to + duration + buffer.
        Interval reach = new Interval(from, to.plus(request.occupied()));

        Map<UUID, List<WeeklyInterval>> hours = group(ids);
        schedules.ofPractitioners(ids).stream()
                .filter(i -> locationId == null || i.getLocationId().equals(locationId))
                .forEach(i -> hours.get(i.getPractitionerId())
                        .add(new WeeklyInterval(i.getWeekday(), i.getStart(), i.getEnd(), i.getLocationId())));
        Map<UUID, List<CredentialView>> held = group(ids);
        credentials.ofPractitioners(ids).forEach(c -> held.get(c.getPractitionerId())
                .add(new CredentialView(c.getType(), c.getIssuedOn(), c.getExpiresOn())));
        Map<UUID, List<Interval>> away = group(ids);
        timeOff.overlapping(ids, reach.start(), reach.end())
                .forEach(t -> away.get(t.getPractitionerId()).add(new Interval(t.getStart(), t.getEnd())));
        Map<UUID, List<Interval>> busy = group(ids);
        appointments.liveOverlapping(ids, reach.start(), reach.end())
                .forEach(a -> busy.get(a.getPractitionerId()).add(a.occupied()));

        List<PractitionerCalendar> calendars = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            calendars.add(new PractitionerCalendar(id,
                    new WeeklyHours(hours.get(id)).windowsOverlapping(reach, zoneOf), away.get(id), busy.get(id),
                    CredentialRules.qualifyingDays(type.getModality(), held.get(id))));
        }
        return SlotFinder.find(request, calendars);
    }

    /** Staff and integrators know inactive types; a caller who is only a patient does not (404 like an unknown one). */
    static boolean seesInactiveTypes(CurrentUser caller) {
        return caller.hasRole(Roles.CLINIC_ADMIN) || caller.hasRole(Roles.FRONT_DESK)
                || caller.hasRole(Roles.PRACTITIONER) || caller.hasRole(Roles.INTEGRATOR);
    }

    private static <T> Map<UUID, List<T>> group(List<UUID> ids) {
        Map<UUID, List<T>> byId = new HashMap<>();
        ids.forEach(id -> byId.put(id, new ArrayList<>()));
        return byId;
    }
}
