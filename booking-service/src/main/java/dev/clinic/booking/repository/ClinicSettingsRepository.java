package dev.clinic.booking.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import dev.clinic.booking.domain.ClinicSettings;
import dev.clinic.platform.security.CurrentUser;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The caller's clinic's settings; tenancy filters every query to that clinic's single row. */
@ApplicationScoped
public class ClinicSettingsRepository implements PanacheRepositoryBase<ClinicSettings, UUID> {

    private final CurrentUser currentUser;

    ClinicSettingsRepository(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /**
     * The clinic's settings as they apply now: its row, or for a clinic that never saved any the
     * unsaved {@link ClinicSettings#defaults defaults} (never persist those; see {@link #lockForChange}).
     */
    public ClinicSettings current() {
        return findAll().firstResultOptional().orElseGet(() -> ClinicSettings.defaults(currentUser.clinicId()));
    }

    /**
     * The clinic's row, locked until the transaction ends, created with the defaults first when
     * there is none. The defaults row is version 0, exactly what {@link #current()} showed before:
     * an {@code If-Match: "0"} read from the defaults stays valid, and two first changes racing
     * each other serialise on the row instead of failing on its unique key.
     */
    public ClinicSettings lockForChange() {
        ClinicSettings defaults = ClinicSettings.defaults(currentUser.clinicId());
        getEntityManager().createNativeQuery("""
                insert into clinic_settings (id, clinic_id, version, created_at, updated_at, name, time_zone,
                                             cancellation_window_hours, slot_step_minutes, currency)
                values (?1, ?2, 0, now(), now(), ?3, ?4, ?5, ?6, ?7)
                on conflict (clinic_id) do nothing""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, currentUser.clinicId())
                .setParameter(3, defaults.getName())
                .setParameter(4, defaults.getTimeZone())
                .setParameter(5, defaults.getCancellationWindowHours())
                .setParameter(6, defaults.getSlotStepMinutes())
                .setParameter(7, defaults.getCurrency())
                .executeUpdate();
        return findAll().withLock(LockModeType.PESSIMISTIC_WRITE).singleResult();
    }
}
