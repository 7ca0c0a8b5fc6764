package dev.clinic.session.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import dev.clinic.platform.persistence.TenantEntity;
import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.session.domain.clinical.AdverseEventRules;
import dev.clinic.session.domain.clinical.AdverseEventSeverity;
import dev.clinic.session.domain.clinical.AdverseEventType;

/**
 * Something that went wrong after (or during) a treatment, recorded on its session, also after
 * signing. A pneumothorax is always SERIOUS and a SERIOUS event is reportable
 * ({@link AdverseEventRules}); the event does not start before the session did.
 */
@Entity
@Table(name = "adverse_event")
public class AdverseEvent extends TenantEntity {

    public static final int MAX_NOTES_LENGTH = 10_000;

    /** What a practitioner reports. */
    public record Report(AdverseEventType type, AdverseEventSeverity severity, Instant onsetAt, Instant resolvedAt,
            String notes) {
    }

    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdverseEventType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdverseEventSeverity severity;

    @Column(nullable = false)
    private boolean reportable;

    @Column(name = "onset_at", nullable = false)
    private Instant onsetAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    private String notes;

    /** The login (token sub) of the practitioner who recorded it. */
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected AdverseEvent() {
    }

    /** Made by {@link TreatmentSession#recordAdverseEvent}. */
    AdverseEvent(TreatmentSession session, Report report, String recordedBy) {
        Instant onset = micros(report.onsetAt());
        Instant resolved = micros(report.resolvedAt());
        List<FieldError> errors = new ArrayList<>(
                AdverseEventRules.violations(report.type(), report.severity(), onset, resolved));
        if (onset != null && onset.isBefore(session.getStartedAt())) {
            errors.add(new FieldError("onsetAt", "must not be before the session started (" + session.getStartedAt()
                    + ")"));
        }
        if (report.notes() != null && report.notes().length() > MAX_NOTES_LENGTH) {
            errors.add(new FieldError("notes", "must be at most " + MAX_NOTES_LENGTH + " characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        this.sessionId = session.getId();
        this.type = report.type();
        this.severity = report.severity();
        this.reportable = AdverseEventRules.reportable(report.severity());
        this.onsetAt = onset;
        this.resolvedAt = resolved;
        this.notes = report.notes();
        this.recordedBy = recordedBy;
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public AdverseEventType getType() {
        return type;
    }

    public AdverseEventSeverity getSeverity() {
        return severity;
    }

    public boolean isReportable() {
        return reportable;
    }

    public Instant getOnsetAt() {
        return onsetAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getNotes() {
        return notes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
