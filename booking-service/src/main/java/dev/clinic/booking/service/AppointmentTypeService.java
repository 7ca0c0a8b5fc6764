package dev.clinic.booking.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.clinic.booking.domain.AppointmentType;
import dev.clinic.booking.domain.MassageTechnique;
import dev.clinic.booking.domain.Modality;
import dev.clinic.booking.repository.AppointmentTypeRepository;
import dev.clinic.booking.repository.ClinicSettingsRepository;
import dev.clinic.platform.audit.AuditLog;
import dev.clinic.platform.paging.Page;
import dev.clinic.platform.paging.PageParams;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.platform.security.CurrentUser;
import dev.clinic.platform.security.Roles;
import dev.clinic.platform.web.ETags;

/**
 * Appointment types, each use case in one transaction. Patients only ever see active types: an
 * inactive one is no longer offered, so for them it does not exist. Changes are audited, reads are not.
 */
@ApplicationScoped
public class AppointmentTypeService {

    static final String RESOURCE = "APPOINTMENT_TYPE";

    private final AppointmentTypeRepository types;
    private final ClinicSettingsRepository settings;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    AppointmentTypeService(AppointmentTypeRepository types, ClinicSettingsRepository settings, CurrentUser currentUser,
            AuditLog audit) {
        this.types = types;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * What a client sends. Null {@code bufferMinutes} is 0, null {@code currency} the clinic's,
     * null {@code active} true.
     */
    public record Details(String name, Modality modality, MassageTechnique massageTechnique, int durationMinutes,
            Integer bufferMinutes, long priceMinor, String currency, Boolean active) {
    }

    @Transactional
    public AppointmentType create(Details details) {
        AppointmentType type = new AppointmentType();
        apply(type, details);
        types.persistAndFlush(type);
        audit.record("CREATE", RESOURCE, type.getId(), null);
        return type;
    }

    @Transactional
    public AppointmentType get(UUID id) {
        return types.findByIdOptional(id)
                .filter(found -> found.isActive() || seesInactive())
                .orElseThrow(() -> notFound(id));
    }

    @Transactional
    public AppointmentType replace(UUID id, String ifMatch, Details details) {
        AppointmentType type = types.findByIdOptional(id).orElseThrow(() -> notFound(id));
        ETags.checkIfMatch(ifMatch, type.getVersion());
        apply(type, details);
        types.flush();
        audit.record("UPDATE", RESOURCE, id, null);
        return type;
    }

    @Transactional
    public Page<AppointmentType> list(Modality modality, Boolean active, PageParams page) {
        if (!seesInactive()) {
            if (Boolean.FALSE.equals(active)) {
                return new Page<>(List.of(), null);
            }
            active = Boolean.TRUE;
        }
        return types.page(modality, active, page);
    }

    private void apply(AppointmentType type, Details d) {
        String problem = AppointmentType.techniqueProblem(d.modality(), d.massageTechnique());
        if (problem != null) {
            throw ProblemException.invalid("massageTechnique", problem);
        }
        type.replace(d.name().strip(), d.modality(), d.massageTechnique(), d.durationMinutes(),
                d.bufferMinutes() == null ? 0 : d.bufferMinutes(), d.priceMinor(),
                d.currency() == null ? settings.current().getCurrency() : d.currency(),
                d.active() == null || d.active());
    }

    /** Staff and integrators see inactive types too; a caller who is only a patient does not. */
    private boolean seesInactive() {
        return currentUser.hasRole(Roles.CLINIC_ADMIN) || currentUser.hasRole(Roles.FRONT_DESK)
                || currentUser.hasRole(Roles.PRACTITIONER) || currentUser.hasRole(Roles.INTEGRATOR);
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Appointment type", id);
    }
}
