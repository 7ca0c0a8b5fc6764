package dev.clinic.booking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.clinic.booking.domain.ClinicSettings;
import dev.clinic.booking.repository.ClinicSettingsRepository;
import dev.clinic.platform.audit.AuditLog;
import dev.clinic.platform.web.ETags;

/**
 * The clinic's settings. A clinic that never changed them reads the defaults (version 0); its
 * first change stores the row. Not patient data: changes are audited, reads are not.
 */
@ApplicationScoped
public class ClinicSettingsService {

    static final String RESOURCE = "CLINIC_SETTINGS";

    private final ClinicSettingsRepository settings;
    private final AuditLog audit;

    ClinicSettingsService(ClinicSettingsRepository settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    /** What a client sends; null optional values take the defaults, as a whole-resource PUT should. */
    public record Details(String name, String timeZone, String jurisdiction, Integer cancellationWindowHours,
            Integer slotStepMinutes, String currency) {
    }

    @Transactional
    public ClinicSettings get() {
        return settings.current();
    }

    @Transactional
    public ClinicSettings replace(String ifMatch, Details details) {
        ClinicSettings current = settings.lockForChange();
        ETags.checkIfMatch(ifMatch, current.getVersion());
        current.replace(details.name().strip(), details.timeZone(), details.jurisdiction(),
                orDefault(details.cancellationWindowHours(), ClinicSettings.DEFAULT_CANCELLATION_WINDOW_HOURS),
                orDefault(details.slotStepMinutes(), ClinicSettings.DEFAULT_SLOT_STEP_MINUTES),
                details.currency() == null ? ClinicSettings.DEFAULT_CURRENCY : details.currency());
        settings.flush();
        audit.record("UPDATE", RESOURCE, current.getId(), null);
        return current;
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
