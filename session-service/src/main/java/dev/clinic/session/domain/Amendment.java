package dev.clinic.session.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.clinic.platform.persistence.TenantEntity;
import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;

/**
 * A correction or addition to a signed session, by its practitioner: why, what, by whom, when
 * ({@code createdAt}). Append-only: never changed or removed (the database refuses it too).
 */
@Entity
@Table(name = "session_amendment")
public class Amendment extends TenantEntity {

    public static final int MAX_REASON_LENGTH = 500;
    public static final int MAX_TEXT_LENGTH = 10_000;

    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID sessionId;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private String text;

    /** booking-service's record of the session's practitioner. */
    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;

    @Column(name = "author_subject", nullable = false, updatable = false)
    private String authorSubject;

    protected Amendment() {
    }

    /** Made by {@link TreatmentSession#amend}, which decides whether the session may be amended. */
    Amendment(TreatmentSession session, String reason, String text, String authorSubject) {
        List<FieldError> errors = new ArrayList<>();
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON_LENGTH) {
            errors.add(new FieldError("reason", "must be 1 to " + MAX_REASON_LENGTH + " characters, not blank"));
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
            errors.add(new FieldError("text", "must be 1 to " + MAX_TEXT_LENGTH + " characters, not blank"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        this.sessionId = session.getId();
        this.reason = reason;
        this.text = text;
        this.authorId = session.getPractitionerId();
        this.authorSubject = authorSubject;
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public String getReason() {
        return reason;
    }

    public String getText() {
        return text;
    }

    public UUID getAuthorId() {
        return authorId;
    }
}
