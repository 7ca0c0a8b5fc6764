package dev.clinic.patient.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Whether a patient may have a modality on a date. Dry needling: no absolute contraindication,
 * every blocking one cleared on that date, no unanswered screening question, a screening at all,
 * and a DRY_NEEDLING_INFORMED consent that counts on that date. Massage is never blocked: its
 * warning codes and a missing MASSAGE consent are warnings.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /** The decision; {@code eligible} exactly when nothing blocks. */
    public record Decision(boolean eligible, List<EligibilityReason> blockers, List<EligibilityReason> warnings) {

        public Decision(List<EligibilityReason> blockers, List<EligibilityReason> warnings) {
            this(blockers.isEmpty(), List.copyOf(blockers), List.copyOf(warnings));
        }

        /** The same decision in generic codes only, for callers who may not see clinical reasons. */
        public Decision generic() {
            return new Decision(eligible, genericOf(blockers), genericOf(warnings));
        }

        private static List<EligibilityReason> genericOf(List<EligibilityReason> reasons) {
            return reasons.stream().map(EligibilityReason::generic).distinct().toList();
        }
    }

    /**
     * @param screened whether the patient has a screening
     * @param contraindications the contraindications derived for {@code date}
     * @param clearances the patient's clearances that no re-screening ended
     * @param consents all of the patient's consents, revoked ones included
     */
    public static Decision decide(Modality modality, LocalDate date, boolean screened,
            Collection<Contraindication> contraindications, Collection<ClearanceTerm> clearances,
            Collection<ConsentTerm> consents) {
        return switch (modality) {
            case DRY_NEEDLING -> dryNeedling(date, screened, contraindications, clearances, consents);
            case MASSAGE -> massage(date, screened, contraindications, consents);
        };
    }

    private static Decision dryNeedling(LocalDate date, boolean screened,
            Collection<Contraindication> contraindications, Collection<ClearanceTerm> clearances,
            Collection<ConsentTerm> consents) {
        List<EligibilityReason> blockers = new ArrayList<>();
        for (Contraindication contraindication : contraindications) {
            ContraindicationCode code = contraindication.code();
            boolean blocks = switch (code.dryNeedling()) {
                case ABSOLUTE, BLOCKS_UNTIL_ANSWERED -> true;
                case BLOCKS_UNTIL_CLEARED -> !isCleared(code, date, clearances);
            };
            if (blocks) {
                blockers.add(EligibilityReason.of(code));
            }
        }
        if (!screened) {
            blockers.add(EligibilityReason.NOT_SCREENED);
        }
        if (!hasConsent(ConsentType.DRY_NEEDLING_INFORMED, date, consents)) {
            blockers.add(EligibilityReason.CONSENT_REQUIRED);
        }
        return new Decision(blockers, List.of());
    }

    private static Decision massage(LocalDate date, boolean screened, Collection<Contraindication> contraindications,
            Collection<ConsentTerm> consents) {
        List<EligibilityReason> warnings = new ArrayList<>();
        for (Contraindication contraindication : contraindications) {
            if (contraindication.code().massage() == MassageEffect.WARNING) {
                warnings.add(EligibilityReason.of(contraindication.code()));
            }
        }
        // Without a screening nobody knows whether a massage warning applies.
        if (!screened) {
            warnings.add(EligibilityReason.NOT_SCREENED);
        }
        if (!hasConsent(ConsentType.MASSAGE, date, consents)) {
            warnings.add(EligibilityReason.CONSENT_REQUIRED);
        }
        return new Decision(List.of(), warnings);
    }

    public static boolean isCleared(ContraindicationCode code, LocalDate date, Collection<ClearanceTerm> clearances) {
        return clearances.stream().anyMatch(c -> c.code() == code && c.coversDate(date));
    }

    static boolean hasConsent(ConsentType type, LocalDate date, Collection<ConsentTerm> consents) {
        return consents.stream().anyMatch(c -> c.type() == type && c.countsOn(date));
    }
}
