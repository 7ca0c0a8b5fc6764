package dev.clinic.patient.domain;

import static dev.clinic.patient.domain.DryNeedlingEffect.ABSOLUTE;
import static dev.clinic.patient.domain.DryNeedlingEffect.BLOCKS_UNTIL_ANSWERED;
import static dev.clinic.patient.domain.DryNeedlingEffect.BLOCKS_UNTIL_CLEARED;
import static dev.clinic.patient.domain.MassageEffect.NONE;
import static dev.clinic.patient.domain.MassageEffect.WARNING;

import java.util.Arrays;
import java.util.Optional;

/**
 * The contraindication table of DOMAIN.md, one constant per row: where each code comes from and
 * what it does to each modality. The derivation itself is in {@link ContraindicationRules}.
 */
public enum ContraindicationCode {
    AGE_UNDER_12(ContraindicationSource.BIRTH_DATE, ABSOLUTE, NONE),
    BLEEDING_DISORDER(ContraindicationSource.SCREENING, BLOCKS_UNTIL_CLEARED, WARNING),
    ANTICOAGULANTS(ContraindicationSource.SCREENING, BLOCKS_UNTIL_CLEARED, WARNING),
    PREGNANCY(ContraindicationSource.SCREENING, BLOCKS_UNTIL_CLEARED, WARNING),
    IMMUNOCOMPROMISED(ContraindicationSource.SCREENING, BLOCKS_UNTIL_CLEARED, NONE),
    RECENT_SURGERY(ContraindicationSource.SCREENING, BLOCKS_UNTIL_CLEARED, WARNING),
    ACTIVE_SKIN_INFECTION(ContraindicationSource.SCREENING, BLOCKS_UNTIL_CLEARED, WARNING),
    SEVERE_NEEDLE_PHOBIA(ContraindicationSource.SCREENING, BLOCKS_UNTIL_CLEARED, NONE),
    UNKNOWN_ANSWER(ContraindicationSource.SCREENING, BLOCKS_UNTIL_ANSWERED, NONE);

    private final ContraindicationSource source;
    private final DryNeedlingEffect dryNeedling;
    private final MassageEffect massage;

    ContraindicationCode(ContraindicationSource source, DryNeedlingEffect dryNeedling, MassageEffect massage) {
        this.source = source;
        this.dryNeedling = dryNeedling;
        this.massage = massage;
    }

    public ContraindicationSource source() {
        return source;
    }

    public DryNeedlingEffect dryNeedling() {
        return dryNeedling;
    }

    public MassageEffect massage() {
        return massage;
    }

    /** Only a clinician's clearance can lift it (an absolute one never lifts, an unknown answer needs answering). */
    public boolean isClearable() {
        return dryNeedling == BLOCKS_UNTIL_CLEARED;
    }

    /** Exact, case-sensitive lookup, as codes are written in the API. */
    public static Optional<ContraindicationCode> parse(String value) {
        return Arrays.stream(values()).filter(code -> code.name().equals(value)).findFirst();
    }
}
