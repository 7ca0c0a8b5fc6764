package dev.clinic.session.domain.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;

class AdverseEventRulesTest {

    @ParameterizedTest(name = "{0} {1} {2}..{3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // type         | severity    | onsetAt              | resolvedAt           | failing field: message
            "BRUISING       | MILD        | 2026-03-04T10:00:00Z | 2026-03-06T10:00:00Z | -",
            "SORENESS       | SIGNIFICANT | 2026-03-04T10:00:00Z | -                    | -",
            "FAINTING       | SERIOUS     | 2026-03-04T10:00:00Z | 2026-03-04T10:05:00Z | -",
            // a pneumothorax is always SERIOUS: a lower severity is refused, never upgraded
            "PNEUMOTHORAX   | SERIOUS     | 2026-03-04T10:00:00Z | -                    | -",
            "PNEUMOTHORAX   | SIGNIFICANT | 2026-03-04T10:00:00Z | -                    | severity: must be SERIOUS when type is PNEUMOTHORAX",
            "PNEUMOTHORAX   | MILD        | 2026-03-04T10:00:00Z | -                    | severity: must be SERIOUS when type is PNEUMOTHORAX",
            // resolved at the onset is fine (a moment's dizziness), before it is not
            "DIZZINESS      | MILD        | 2026-03-04T10:00:00Z | 2026-03-04T10:00:00Z | -",
            "DIZZINESS      | MILD        | 2026-03-04T10:00:00Z | 2026-03-04T09:59:59Z | resolvedAt: must not be before onsetAt",
            "BLEEDING       | -           | 2026-03-04T10:00:00Z | -                    | severity: is required",
            "-              | MILD        | 2026-03-04T10:00:00Z | -                    | type: is required",
            "HEADACHE       | MILD        | -                    | 2026-03-04T10:00:00Z | onsetAt: is required",
    })
    void rules(AdverseEventType type, AdverseEventSeverity severity, Instant onsetAt, Instant resolvedAt,
            String failure) {
        if (failure == null) {
            AdverseEventRules.check(type, severity, onsetAt, resolvedAt);
            return;
        }
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> AdverseEventRules.check(type, severity, onsetAt, resolvedAt));
        assertThat(e.status()).isEqualTo(400);
        String[] expected = failure.split(": ", 2);
        assertThat(e.errors()).containsExactly(new FieldError(expected[0], expected[1]));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        Instant onset = Instant.parse("2026-03-04T10:00:00Z");
        assertThat(AdverseEventRules.violations(AdverseEventType.PNEUMOTHORAX, AdverseEventSeverity.MILD, onset,
                onset.minusSeconds(1))).extracting(FieldError::field).containsExactly("severity", "resolvedAt");
    }

    @ParameterizedTest
    @EnumSource(AdverseEventSeverity.class)
    void exactlySeriousEventsAreReportable(AdverseEventSeverity severity) {
        assertThat(AdverseEventRules.reportable(severity)).isEqualTo(severity == AdverseEventSeverity.SERIOUS);
    }

    @Test
    void theTypesAreDomainMds() {
        assertThat(List.of(AdverseEventType.values())).extracting(Enum::name).containsExactly("SORENESS", "BRUISING",
                "BLEEDING", "HEADACHE", "FATIGUE", "DIZZINESS", "FAINTING", "SYMPTOM_FLARE", "INFECTION",
                "NERVE_IRRITATION", "PNEUMOTHORAX");
        assertThat(AdverseEventRules.reportable(null)).isFalse();
    }
}
