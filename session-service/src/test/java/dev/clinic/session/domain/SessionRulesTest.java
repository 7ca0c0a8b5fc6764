package dev.clinic.session.domain;

import static dev.clinic.session.domain.Drafts.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;

class SessionRulesTest {

    @ParameterizedTest(name = "{0} {1} {2} .. {3} -> [{4}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // modality  | technique          | startedAt                   | endedAt                     | fields named
            "DRY_NEEDLING | -                  | 2026-03-04T09:00:00Z        | 2026-03-04T09:30:00Z        | ''",
            "DRY_NEEDLING | -                  | 2026-03-04T09:00:00Z        | -                           | ''",
            "MASSAGE      | SWEDISH            | 2026-03-04T09:00:00Z        | 2026-03-04T10:00:00Z        | ''",
            "MASSAGE      | CRANIOSACRAL       | 2026-03-04T09:00:00Z        | -                           | ''",
            "MASSAGE      | MYOFASCIAL_RELEASE | 2026-03-04T09:00:00Z        | 2026-03-04T10:15:00Z        | ''",
            "MASSAGE      | NEUROMUSCULAR      | 2026-03-04T09:00:00Z        | 2026-03-04T09:30:00Z        | ''",
            // the technique belongs to massage, and only to massage
            "MASSAGE      | -                  | 2026-03-04T09:00:00Z        | 2026-03-04T10:00:00Z        | massageTechnique",
            "DRY_NEEDLING | SWEDISH            | 2026-03-04T09:00:00Z        | 2026-03-04T09:30:00Z        | massageTechnique",
            // the end is strictly after the start: one microsecond is enough, the same instant is not
            "DRY_NEEDLING | -                  | 2026-03-04T09:00:00Z        | 2026-03-04T09:00:00.000001Z | ''",
            "DRY_NEEDLING | -                  | 2026-03-04T09:00:00Z        | 2026-03-04T09:00:00Z        | endedAt",
            "MASSAGE      | SWEDISH            | 2026-03-04T09:00:00Z        | 2026-03-04T08:59:59Z        | endedAt",
            // a session over midnight UTC is fine
            "MASSAGE      | SWEDISH            | 2026-03-04T23:30:00Z        | 2026-03-05T00:30:00Z        | ''",
            // every broken rule is named at once
            "MASSAGE      | -                  | 2026-03-04T09:00:00Z        | 2026-03-04T08:00:00Z        | massageTechnique endedAt",
            "DRY_NEEDLING | NEUROMUSCULAR      | 2026-03-04T09:00:00Z        | 2026-03-04T09:00:00Z        | massageTechnique endedAt",
            // the treatment and its start are required (from an appointment they are filled in first)
            "-            | SWEDISH            | -                           | 2026-03-04T09:00:00Z        | modality startedAt",
    })
    void rulesNameTheFieldsToCorrect(Modality modality, MassageTechnique technique, Instant startedAt, Instant endedAt,
            String fields) {
        List<String> named = SessionRules.violations(content(modality, technique, startedAt, endedAt)).stream()
                .map(FieldError::field).toList();
        assertThat(named).containsExactlyElementsOf(fields.isBlank() ? List.of() : List.of(fields.split(" ")));
    }

    @Test
    void messagesSayWhatIsExpected() {
        Instant start = Instant.parse("2026-03-04T09:00:00Z");
        assertThat(SessionRules.violations(content(Modality.MASSAGE, null, start, null)))
                .containsExactly(new FieldError("massageTechnique", "is required when modality is MASSAGE"));
        assertThat(SessionRules.violations(content(Modality.DRY_NEEDLING, MassageTechnique.SWEDISH, start, null)))
                .containsExactly(new FieldError("massageTechnique", "must be absent when modality is DRY_NEEDLING"));
        assertThat(SessionRules.violations(content(Modality.DRY_NEEDLING, null, start, start)))
                .containsExactly(new FieldError("endedAt", "must be after startedAt"));
    }

    @Test
    void aDraftCannotBeMadeOrChangedToBreakTheRules() {
        Instant start = Instant.parse("2026-03-04T09:00:00Z");
        assertThatThrownBy(() -> TreatmentSession.draft(null, UUID.randomUUID(), UUID.randomUUID(), "sub",
                content(Modality.MASSAGE, null, start, null)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("massageTechnique");
                });

        TreatmentSession session = TreatmentSession.draft(null, UUID.randomUUID(), UUID.randomUUID(), "sub",
                content(Modality.DRY_NEEDLING, null, start, start.plusSeconds(1800)));
        assertThat(session.getStatus()).isEqualTo(SessionStatus.DRAFT);
        assertThatThrownBy(() -> session.replaceContent(content(Modality.DRY_NEEDLING, null, start, start.minusSeconds(1)), "sub"))
                .isInstanceOf(ProblemException.class);
        assertThat(session.getEndedAt()).isEqualTo(start.plusSeconds(1800));
    }

    /** What is compared is what PostgreSQL will store: microseconds. */
    @Test
    void anEndWithinTheSameMicrosecondIsNotAfterTheStart() {
        Instant start = Instant.parse("2026-03-04T09:00:00.000001100Z");
        assertThatThrownBy(() -> TreatmentSession.draft(null, UUID.randomUUID(), UUID.randomUUID(), "sub",
                content(Modality.DRY_NEEDLING, null, start, start.plusNanos(500))))
                .isInstanceOf(ProblemException.class);
        TreatmentSession session = TreatmentSession.draft(null, UUID.randomUUID(), UUID.randomUUID(), "sub",
                content(Modality.DRY_NEEDLING, null, start, start.plusNanos(1000)));
        assertThat(session.getStartedAt()).isEqualTo(Instant.parse("2026-03-04T09:00:00.000001Z"));
    }
}
