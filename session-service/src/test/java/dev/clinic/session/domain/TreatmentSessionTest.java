package dev.clinic.session.domain;

import static dev.clinic.session.domain.Drafts.OWNER;
import static dev.clinic.session.domain.Drafts.PASSES;
import static dev.clinic.session.domain.Drafts.PRACTITIONER;
import static dev.clinic.session.domain.Drafts.START;
import static dev.clinic.session.domain.Drafts.draft;
import static dev.clinic.session.domain.Drafts.dryNeedling;
import static dev.clinic.session.domain.Drafts.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.clinic.platform.problem.ProblemException;
import dev.clinic.session.domain.clinical.AdverseEventSeverity;
import dev.clinic.session.domain.clinical.AdverseEventType;
import dev.clinic.session.domain.clinical.Billing;
import dev.clinic.session.domain.clinical.BillingFacts;
import dev.clinic.session.domain.clinical.BillingLine;
import dev.clinic.session.domain.clinical.RuleFinding;
import dev.clinic.session.domain.clinical.SigningCheck;
import dev.clinic.session.domain.clinical.SigningRule;

/** The rules of the record, in the one place that keeps them: who changes a session, and that a signed one never changes. */
class TreatmentSessionTest {

    static ProblemException refused(TreatmentSession session, Consumer<TreatmentSession> change) {
        return catchThrowableOfType(ProblemException.class, () -> change.accept(session));
    }

    @Test
    void aDraftBelongsToTheLoginThatWroteIt() {
        TreatmentSession session = draft(dryNeedling("SUBOCCIPITALS:LEFT:1", "Headache."));
        assertThat(session.getStatus()).isEqualTo(SessionStatus.DRAFT);
        assertThat(session.getPractitionerId()).isEqualTo(PRACTITIONER);
        assertThat(session.isOwnedBy(OWNER)).isTrue();
        assertThat(session.isOwnedBy("someone-else")).isFalse();
        assertThat(session.isOwnedBy(null)).isFalse();
        assertThat(session.getSignedAt()).isNull();
        assertThat(session.getSignedBy()).isNull();
    }

    @Test
    void signingMakesItEvidenceSignedByItsPractitioner() {
        TreatmentSession session = draft(dryNeedling("SUBOCCIPITALS:LEFT:1", "Headache."));
        session.sign(OWNER, PASSES, Instant.parse("2026-03-04T15:00:00.123456789Z"));
        assertThat(session.getStatus()).isEqualTo(SessionStatus.SIGNED);
        assertThat(session.isSigned()).isTrue();
        // the precision PostgreSQL keeps
        assertThat(session.getSignedAt()).isEqualTo(Instant.parse("2026-03-04T15:00:00.123456Z"));
        assertThat(session.getSignedBy()).isEqualTo(PRACTITIONER);
    }

    @Test
    void aFailedSigningCheckLeavesTheDraftAsItWas() {
        TreatmentSession session = draft(dryNeedling("RHOMBOIDS:LEFT:1", "Headache."));
        SigningCheck failed = PASSES.withViolation(new RuleFinding(SigningRule.SKIN_CHECK_REQUIRED,
                "aftercare.skinChecked", "must be true"));
        ProblemException e = refused(session, s -> s.sign(OWNER, failed, START));
        assertThat(e.status()).isEqualTo(409);
        assertThat(e.code()).isEqualTo("signing-rules-failed");
        assertThat(session.getStatus()).isEqualTo(SessionStatus.DRAFT);
        assertThat(session.getSignedAt()).isNull();
    }

    @Test
    void theSigningCheckIsTheSessionsOwnContent() {
        TreatmentSession overThorax = draft(dryNeedling("RHOMBOIDS:BILATERAL:2", "Headache."));
        assertThat(overThorax.signingCheck(true).violations()).isEmpty();
        assertThat(overThorax.signingCheck(true).warnings()).extracting(RuleFinding::rule)
                .containsExactly(SigningRule.FIRST_SESSION_MANY_NEEDLES);
        assertThat(overThorax.signingCheck(false).warnings()).isEmpty();
        assertThat(draft(dryNeedling("", "Headache.")).signingCheck(false).violations()).extracting(RuleFinding::rule)
                .containsExactly(SigningRule.NEEDLING_SITE_REQUIRED);
    }

    /** Every change a session could be asked for, by the login given. */
    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("replace", (BiConsumer<TreatmentSession, String>) (s, caller) -> s.replaceContent(
                        dryNeedling("GLUTEALS:LEFT:1", "Rewritten."), caller)),
                Arguments.of("sign", (BiConsumer<TreatmentSession, String>) (s, caller) -> s.sign(caller, PASSES,
                        START)),
                Arguments.of("check", (BiConsumer<TreatmentSession, String>) TreatmentSession::checkChangeableBy));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aSignedSessionNeverChanges(String change, BiConsumer<TreatmentSession, String> attempt) {
        TreatmentSession session = signed();
        Instant signedAt = session.getSignedAt();
        ProblemException e = refused(session, s -> attempt.accept(s, OWNER));
        assertThat(e.status()).isEqualTo(409);
        assertThat(e.code()).isEqualTo(TreatmentSession.SIGNED_PROBLEM);
        assertThat(e.properties()).containsEntry("signedAt", signedAt.toString());
        assertThat(e.getMessage()).contains("add an amendment");
        assertThat(session.getSubjective()).isEqualTo("Headache.");
        assertThat(session.getNeedlingSites()).extracting(s -> s.muscle().name()).containsExactly("SUBOCCIPITALS");
        assertThat(session.getSignedAt()).isEqualTo(signedAt);
    }

    /** Anyone but the session's practitioner is refused first, whatever the state. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void onlyItsPractitionerChangesASession(String change, BiConsumer<TreatmentSession, String> attempt) {
        for (TreatmentSession session : List.of(draft(dryNeedling("SUBOCCIPITALS:LEFT:1", "Headache.")), signed())) {
            SessionStatus status = session.getStatus();
            for (String stranger : new String[] { "someone-else", null }) {
                ProblemException e = refused(session, s -> attempt.accept(s, stranger));
                assertThat(e.status()).as(change + " by " + stranger).isEqualTo(403);
                assertThat(e.code()).isEqualTo(TreatmentSession.NOT_OWNER_PROBLEM);
            }
            assertThat(session.getSubjective()).isEqualTo("Headache.");
            assertThat(session.getStatus()).isEqualTo(status);
        }
    }

    @Test
    void aDraftIsReplacedOnlyWithContentThatKeepsTheRules() {
        TreatmentSession session = draft(dryNeedling("SUBOCCIPITALS:LEFT:1", "Headache."));
        session.replaceContent(dryNeedling("GLUTEALS:RIGHT:2", "Better."), OWNER);
        assertThat(session.getSubjective()).isEqualTo("Better.");
        assertThat(session.getNeedlingSites()).extracting(s -> s.muscle().name()).containsExactly("GLUTEALS");

        ProblemException e = refused(session, s -> s.replaceContent(Drafts.content(Modality.MASSAGE, null, START,
                null), OWNER));
        assertThat(e.status()).isEqualTo(400);
        assertThat(session.getModality()).isEqualTo(Modality.DRY_NEEDLING);
    }

    @Test
    void aDraftIsNotAmended() {
        TreatmentSession session = draft(dryNeedling("SUBOCCIPITALS:LEFT:1", "Headache."));
        ProblemException e = refused(session, s -> s.amend(OWNER, "Late entry", "Lot 1."));
        assertThat(e.status()).isEqualTo(409);
        assertThat(e.code()).isEqualTo("session-not-signed");
        assertThat(refused(session, s -> s.amend("someone-else", "Late entry", "Lot 1.")).status()).isEqualTo(403);
    }

    @Test
    void aSignedSessionGrowsByAmendmentsOfItsPractitioner() {
        TreatmentSession session = signed();
        Amendment amendment = session.amend(OWNER, "Late entry", "Needle lot LOT-2 was used.");
        assertThat(amendment.getReason()).isEqualTo("Late entry");
        assertThat(amendment.getText()).isEqualTo("Needle lot LOT-2 was used.");
        assertThat(amendment.getAuthorId()).isEqualTo(PRACTITIONER);
        // sync lists must show the session again
        assertThat(session.getUpdatedAt()).isNotNull();
        assertThat(session.isSigned()).isTrue();
        assertThat(refused(session, s -> s.amend("someone-else", "Late entry", "Lot 1.")).code())
                .isEqualTo(TreatmentSession.NOT_OWNER_PROBLEM);
    }

    @Test
    void anyPractitionerRecordsAnAdverseEventOnADraftOrASignedSession() {
        for (TreatmentSession session : List.of(draft(dryNeedling("SUBOCCIPITALS:LEFT:1", "Headache.")), signed())) {
            AdverseEvent event = session.recordAdverseEvent(new AdverseEvent.Report(AdverseEventType.FAINTING,
                    AdverseEventSeverity.SERIOUS, START.plusSeconds(600), null, null), "a-colleague");
            assertThat(event.isReportable()).isTrue();
            assertThat(event.getRecordedBy()).isEqualTo("a-colleague");
            assertThat(session.getUpdatedAt()).isNotNull();
        }
    }

    @Test
    void billingIsTheSessionsRecordPricedByTheClinicalRules() {
        TreatmentSession needling = draft(dryNeedling("UPPER_TRAPEZIUS:BILATERAL:1 SUBOCCIPITALS:LEFT:1", "Headache."));
        assertThat(needling.billing()).extracting(BillingLine::code, BillingLine::units)
                .containsExactly(tuple("20561", 1));
        assertThat(needling.billing()).isEqualTo(Billing.lines(new BillingFacts(needling.getModality(), null,
                needling.getStartedAt(), needling.getEndedAt(), needling.getNeedlingSites())));

        TreatmentSession massage = draft(Drafts.content(Modality.MASSAGE, MassageTechnique.CRANIOSACRAL, START,
                START.plusSeconds(23 * 60)));
        assertThat(massage.billing()).extracting(BillingLine::code, BillingLine::units)
                .containsExactly(tuple("97140", 2));
    }
}
