package dev.clinic.patient.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;

class DiaryEntryRulesTest {

    static final LocalDate TODAY = LocalDate.parse("2026-03-04");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // date        | headache | kind         | intensity | hours | aura  | failing field: message
            "2026-03-04    | true     | MIGRAINE     | 7         | 4.5   | true  | null",
            "2026-03-03    | false    | null         | null      | null  | false | null",
            "2026-03-05    | false    | null         | null      | null  | false | date: must not be in the future (today is 2026-03-04)",
            "2026-03-04    | true     | null         | 7         | null  | false | kind: is required when hadHeadache is true",
            "2026-03-04    | true     | TENSION_TYPE | null      | null  | false | intensity: is required when hadHeadache is true",
            "2026-03-04    | false    | OTHER        | null      | null  | false | kind: must be absent when hadHeadache is false",
            "2026-03-04    | false    | null         | 0         | null  | false | intensity: must be absent when hadHeadache is false",
            "2026-03-04    | false    | null         | null      | 2     | false | durationHours: must be absent when hadHeadache is false",
            "2026-03-04    | false    | null         | null      | null  | true  | aura: must be false when hadHeadache is false",
    })
    void headacheDetailsBelongToHeadacheDays(LocalDate date, boolean headache, HeadacheKind kind, Integer intensity,
            BigDecimal hours, boolean aura, String failure) {
        DiaryEntryContent entry = new DiaryEntryContent(date, headache, kind, intensity, hours, aura, List.of(),
                List.of(), null, null);
        if (failure == null) {
            DiaryEntryRules.check(entry, TODAY);
            return;
        }
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> DiaryEntryRules.check(entry, TODAY));
        assertThat(e.status()).isEqualTo(400);
        String[] expected = failure.split(": ", 2);
        assertThat(e.errors()).containsExactly(new FieldError(expected[0], expected[1]));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        DiaryEntryContent entry = new DiaryEntryContent(TODAY.plusDays(1), true, null, null, null, false, null, null,
                null, null);
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> DiaryEntryRules.check(entry, TODAY));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("date", "kind", "intensity");
    }

    @Test
    void aTriggerNamedTwiceIsOneTrigger() {
        DiaryEntryContent entry = new DiaryEntryContent(TODAY, false, null, null, null, false, null,
                List.of(HeadacheTrigger.STRESS, HeadacheTrigger.SLEEP, HeadacheTrigger.STRESS), null, null);
        assertThat(entry.triggers()).containsExactly(HeadacheTrigger.STRESS, HeadacheTrigger.SLEEP);
        assertThat(entry.acuteMedication()).isEmpty();
    }
}
