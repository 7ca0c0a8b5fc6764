package dev.clinic.session.domain;

import static dev.clinic.session.domain.Drafts.START;
import static dev.clinic.session.domain.Drafts.draft;
import static dev.clinic.session.domain.Drafts.dryNeedling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;
import dev.clinic.session.domain.clinical.AdverseEventSeverity;
import dev.clinic.session.domain.clinical.AdverseEventType;

/** An adverse event as recorded on its session: the clinical rules plus "not before the session started". */
class AdverseEventTest {

    static AdverseEvent.Report report(AdverseEventType type, AdverseEventSeverity severity, Instant onsetAt) {
        return new AdverseEvent.Report(type, severity, onsetAt, null, null);
    }

    static List<String> refusedFields(AdverseEvent.Report report) {
        TreatmentSession session = draft(dryNeedling("SUBOCCIPITALS:LEFT:1", "Headache."));
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> session.recordAdverseEvent(report, "recorder"));
        assertThat(e.status()).isEqualTo(400);
        return e.errors().stream().map(FieldError::field).toList();
    }

    @ParameterizedTest(name = "{0} {1} at start {2}s -> reportable {3}")
    @CsvSource({
            // the session started at 14:00; an event may begin with it
            "DIZZINESS,    MILD,        0,    false",
            "BRUISING,     SIGNIFICANT, 3600, false",
            "NERVE_IRRITATION, SERIOUS, 60,   true",
            "PNEUMOTHORAX, SERIOUS,     7200, true",
    })
    void anEventFromTheSessionOnIsRecorded(AdverseEventType type, AdverseEventSeverity severity, long after,
            boolean reportable) {
        TreatmentSession session = draft(dryNeedling("SUBOCCIPITALS:LEFT:1", "Headache."));
        AdverseEvent event = session.recordAdverseEvent(report(type, severity, START.plusSeconds(after)), "recorder");
        assertThat(event.getType()).isEqualTo(type);
        assertThat(event.getSeverity()).isEqualTo(severity);
        assertThat(event.isReportable()).isEqualTo(reportable);
        assertThat(event.getOnsetAt()).isEqualTo(START.plusSeconds(after));
        assertThat(event.getRecordedBy()).isEqualTo("recorder");
    }

    @Test
    void anOnsetBeforeTheSessionStartedIsRefused() {
        assertThat(refusedFields(report(AdverseEventType.SORENESS, AdverseEventSeverity.MILD, START.minusNanos(1000))))
                .containsExactly("onsetAt");
    }

    @ParameterizedTest
    @CsvSource({ "MILD", "SIGNIFICANT" })
    void aPneumothoraxIsAlwaysSerious(AdverseEventSeverity severity) {
        assertThat(refusedFields(report(AdverseEventType.PNEUMOTHORAX, severity, START.plusSeconds(60))))
                .containsExactly("severity");
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        AdverseEvent.Report report = new AdverseEvent.Report(AdverseEventType.PNEUMOTHORAX, AdverseEventSeverity.MILD,
                START.minusSeconds(60), null, "n".repeat(AdverseEvent.MAX_NOTES_LENGTH + 1));
        assertThat(refusedFields(report)).containsExactly("severity", "onsetAt", "notes");
        assertThat(refusedFields(new AdverseEvent.Report(null, null, null, null, null)))
                .containsExactly("type", "severity", "onsetAt");
    }

    @Test
    void timesAreKeptAtTheDatabasesPrecision() {
        TreatmentSession session = draft(dryNeedling("SUBOCCIPITALS:LEFT:1", "Headache."));
        AdverseEvent event = session.recordAdverseEvent(new AdverseEvent.Report(AdverseEventType.HEADACHE,
                AdverseEventSeverity.MILD, Instant.parse("2026-03-04T15:00:00.123456789Z"),
                Instant.parse("2026-03-04T16:00:00.000000999Z"), "Gone by the evening."), "recorder");
        assertThat(event.getOnsetAt()).isEqualTo(Instant.parse("2026-03-04T15:00:00.123456Z"));
        assertThat(event.getResolvedAt()).isEqualTo(Instant.parse("2026-03-04T16:00:00Z"));
        assertThat(event.getNotes()).isEqualTo("Gone by the evening.");
    }
}
