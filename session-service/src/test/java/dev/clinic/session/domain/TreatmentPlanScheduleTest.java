package dev.clinic.session.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;

class TreatmentPlanScheduleTest {

    static final UUID PATIENT = UUID.fromString("5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11");
    static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

    static TreatmentPlanContent plan(Integer planned, Integer perWeek, LocalDate start, LocalDate review,
            List<String> codes) {
        return new TreatmentPlanContent(PATIENT, Modality.DRY_NEEDLING, List.of("Fewer headache days"), codes,
                planned, perWeek, start, review);
    }

    static List<String> fields(TreatmentPlanContent content) {
        return TreatmentPlanSchedule.violations(TreatmentPlanSchedule.withDefaults(content)).stream()
                .map(FieldError::field).toList();
    }

    @Test
    void leftOutValuesFollowTheFourWeekRoadmap() {
        TreatmentPlanContent content = TreatmentPlanSchedule.withDefaults(plan(null, null, MONDAY, null, null));
        assertThat(content.plannedSessions()).isEqualTo(4);
        assertThat(content.sessionsPerWeek()).isEqualTo(1);
        assertThat(content.reviewDate()).isEqualTo(LocalDate.parse("2026-03-30"));
        assertThat(content.diagnosisCodes()).isEmpty();
        // what is given is kept
        TreatmentPlanContent given = TreatmentPlanSchedule.withDefaults(
                plan(8, 2, MONDAY, LocalDate.parse("2026-04-13"), List.of("G44.209")));
        assertThat(given.plannedSessions()).isEqualTo(8);
        assertThat(given.sessionsPerWeek()).isEqualTo(2);
        assertThat(given.reviewDate()).isEqualTo(LocalDate.parse("2026-04-13"));
    }

    @Test
    void theDefaultReviewCrossesMonthAndLeapDay() {
        assertThat(TreatmentPlanSchedule.withDefaults(plan(null, null, LocalDate.parse("2028-02-10"), null, null))
                .reviewDate()).isEqualTo(LocalDate.parse("2028-03-09"));
        assertThat(TreatmentPlanSchedule.withDefaults(plan(null, null, LocalDate.parse("2026-12-20"), null, null))
                .reviewDate()).isEqualTo(LocalDate.parse("2027-01-17"));
    }

    @ParameterizedTest(name = "planned {0}, per week {1}, review {2} -> [{3}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "1  | 1 | 2026-03-02 | ''",
            "52 | 7 | 2026-03-02 | ''",
            "0  | 1 | -          | plannedSessions",
            "53 | 1 | -          | plannedSessions",
            "4  | 0 | -          | sessionsPerWeek",
            "4  | 8 | -          | sessionsPerWeek",
            // the review may be on the first day, never before it
            "4  | 1 | 2026-03-01 | reviewDate",
            "0  | 8 | 2026-03-01 | plannedSessions sessionsPerWeek reviewDate",
    })
    void rangesAndDatesAreNamed(Integer planned, Integer perWeek, LocalDate review, String expected) {
        assertThat(fields(plan(planned, perWeek, MONDAY, review, null)))
                .containsExactlyElementsOf(expected.isBlank() ? List.of() : List.of(expected.split(" ")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "G44.209", "G43.009", "M79.18", "G44.86", "G43", "M1A.0711", "C4A.9", "S06.0X1A", "Z3A.01" })
    void icd10CmCodesAreAccepted(String code) {
        assertThat(fields(plan(null, null, MONDAY, null, List.of(code)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "g44.209", "G44209", "G4", "G44.", "G44.20999", "1G4.20", "GG4.2", "G4C.1",
            " G44.209", "", "SNOMED:22823000" })
    void otherTextIsNotAnIcd10CmCode(String code) {
        List<FieldError> errors = TreatmentPlanSchedule.violations(
                TreatmentPlanSchedule.withDefaults(plan(null, null, MONDAY, null, List.of("M79.18", code))));
        assertThat(errors).containsExactly(new FieldError("diagnosisCodes[1]",
                "must be an ICD-10-CM code such as G43.009 (upper case, a dot after the third character)"));
    }

    @Test
    void aCodeIsListedOnceAndAtMostTwelve() {
        assertThat(TreatmentPlanSchedule.violations(
                TreatmentPlanSchedule.withDefaults(plan(null, null, MONDAY, null, List.of("G44.209", "M79.18", "G44.209")))))
                .containsExactly(new FieldError("diagnosisCodes[2]", "G44.209 is listed more than once"));
        List<String> thirteen = new ArrayList<>();
        for (int i = 10; i < 23; i++) {
            thirteen.add("G43." + i);
        }
        assertThat(fields(plan(null, null, MONDAY, null, thirteen))).containsExactly("diagnosisCodes");
        assertThat(fields(plan(null, null, MONDAY, null, thirteen.subList(0, 12)))).isEmpty();
    }

    @Test
    void goalsAreTrimmedNotBlankAndBounded() {
        TreatmentPlanContent content = new TreatmentPlanContent(PATIENT, Modality.MASSAGE,
                java.util.Arrays.asList("  Sleep through the night ", " ", null, "x".repeat(1001)), List.of(), null,
                null, MONDAY, null);
        assertThat(TreatmentPlanSchedule.withDefaults(content).goals().get(0)).isEqualTo("Sleep through the night");
        assertThat(fields(content)).containsExactly("goals[1]", "goals[2]", "goals[3]");
        TreatmentPlanContent many = new TreatmentPlanContent(PATIENT, Modality.MASSAGE,
                Collections.nCopies(21, "Relax"), List.of(), null, null, MONDAY, null);
        assertThat(fields(many)).containsExactly("goals");
    }

    @Test
    void missingRequiredValuesAreNamed() {
        assertThat(fields(new TreatmentPlanContent(null, null, null, null, null, null, null, null)))
                .containsExactly("patientId", "modality", "startDate");
    }

    @Test
    void theReviewDayBelongsToThePeriodInUtc() {
        LocalDate review = LocalDate.parse("2026-03-30");
        assertThat(TreatmentPlanSchedule.counts(Instant.parse("2026-03-02T00:00:00Z"), MONDAY, review)).isTrue();
        assertThat(TreatmentPlanSchedule.counts(Instant.parse("2026-03-01T23:59:59.999999Z"), MONDAY, review)).isFalse();
        assertThat(TreatmentPlanSchedule.counts(Instant.parse("2026-03-30T23:59:59.999999Z"), MONDAY, review)).isTrue();
        assertThat(TreatmentPlanSchedule.counts(Instant.parse("2026-03-31T00:00:00Z"), MONDAY, review)).isFalse();
        // a one-day plan
        assertThat(TreatmentPlanSchedule.counts(Instant.parse("2026-03-02T12:00:00Z"), MONDAY, MONDAY)).isTrue();
    }

    @ParameterizedTest(name = "planned {0}, signed {1}, {2} -> remaining {3}, review {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "4 | 0 | ACTIVE       | 4 | 2026-03-30",
            "4 | 3 | ACTIVE       | 1 | 2026-03-30",
            "4 | 4 | ACTIVE       | 0 | 2026-03-30",
            // more sessions than planned never make a negative remainder
            "4 | 6 | ACTIVE       | 0 | 2026-03-30",
            "4 | 2 | COMPLETED    | 2 | -",
            "4 | 1 | DISCONTINUED | 3 | -",
    })
    void progressIsDerivedFromTheSignedSessions(int planned, long signed, TreatmentPlanStatus status, int remaining,
            LocalDate nextReview) {
        assertThat(TreatmentPlanSchedule.progress(planned, signed, status, LocalDate.parse("2026-03-30")))
                .isEqualTo(new TreatmentPlanSchedule.Progress((int) signed, remaining, nextReview));
    }

    @Test
    void anActivePlanMayCloseAndAClosedPlanNeverChangesAgain() {
        TreatmentPlan plan = TreatmentPlan.start(plan(null, null, MONDAY, null, List.of("G44.209")), UUID.randomUUID(), "sub-1");
        assertThat(plan.getStatus()).isEqualTo(TreatmentPlanStatus.ACTIVE);
        assertThat(plan.getPlannedSessions()).isEqualTo(4);

        plan.replace(plan(6, 2, MONDAY, null, List.of("G44.209")), null);
        assertThat(plan.getStatus()).isEqualTo(TreatmentPlanStatus.ACTIVE);
        assertThat(plan.getPlannedSessions()).isEqualTo(6);

        plan.replace(plan(6, 2, MONDAY, null, List.of("G44.209")), TreatmentPlanStatus.COMPLETED);
        assertThat(plan.getStatus()).isEqualTo(TreatmentPlanStatus.COMPLETED);
        // the same again is a safe retry
        plan.replace(plan(6, 2, MONDAY, null, List.of("G44.209")), TreatmentPlanStatus.COMPLETED);
        plan.replace(plan(6, 2, MONDAY, null, List.of("G44.209")), null);

        for (TreatmentPlanStatus next : TreatmentPlanStatus.values()) {
            if (next != TreatmentPlanStatus.COMPLETED) {
                assertThatThrownBy(() -> plan.replace(plan(6, 2, MONDAY, null, List.of("G44.209")), next))
                        .isInstanceOfSatisfying(ProblemException.class, e -> {
                            assertThat(e.status()).isEqualTo(409);
                            assertThat(e.code()).isEqualTo("treatment-plan-closed");
                        });
            }
        }
        assertThatThrownBy(() -> plan.replace(plan(5, 2, MONDAY, null, List.of("G44.209")), null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(plan.getPlannedSessions()).isEqualTo(6);
    }

    @Test
    void thePatientAndModalityOfAPlanNeverChange() {
        TreatmentPlan plan = TreatmentPlan.start(plan(null, null, MONDAY, null, null), UUID.randomUUID(), "sub-1");
        TreatmentPlanContent other = new TreatmentPlanContent(UUID.randomUUID(), Modality.MASSAGE, List.of(),
                List.of(), null, null, MONDAY, null);
        assertThatThrownBy(() -> plan.replace(other, null))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("patientId", "modality");
                });
        assertThat(plan.getModality()).isEqualTo(Modality.DRY_NEEDLING);
    }
}
