package dev.clinic.session.domain.clinical;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.clinic.session.domain.MassageTechnique;

/**
 * The CPT lines of a session (DOMAIN.md, Modalities).
 * <p>
 * Dry needling is untimed: one unit of 20560 for one or two distinct muscles, 20561 for three or
 * more. Left and right of a muscle are two muscles, a BILATERAL site counts as both, and a region
 * of a muscle is that muscle (upper trapezius and trapezius on one side are one). A muscle group of
 * the table (rhomboids, scalenes, gluteals…) counts as one muscle: billing never counts more than
 * the record shows.
 * <p>
 * Massage is timed by the 8-minute rule over {@code endedAt − startedAt} in whole minutes (rounded
 * down): under 8 minutes nothing is billed, else {@code (minutes + 7) / 15} units; SWEDISH and
 * NEUROMUSCULAR bill 97124, MYOFASCIAL_RELEASE and CRANIOSACRAL 97140.
 */
public final class Billing {

    /** Below this many timed minutes a timed code bills no unit. */
    public static final int MIN_TIMED_MINUTES = 8;
    public static final int MINUTES_PER_UNIT = 15;
    /** Distinct muscles from which 20561 is billed instead of 20560. */
    public static final int MUSCLES_FOR_20561 = 3;

    private Billing() {
    }

    /** The lines to bill; empty when nothing is billable (no site, no end time, under 8 minutes). */
    public static List<BillingLine> lines(BillingFacts facts) {
        if (facts.modality() == null) {
            return List.of();
        }
        return switch (facts.modality()) {
            case DRY_NEEDLING -> dryNeedling(facts.needlingSites());
            case MASSAGE -> massage(facts.massageTechnique(), facts.startedAt(), facts.endedAt());
        };
    }

    private static List<BillingLine> dryNeedling(List<NeedlingSite> sites) {
        int muscles = distinctMuscles(sites);
        if (muscles == 0) {
            return List.of();
        }
        CptCode code = muscles >= MUSCLES_FOR_20561
                ? CptCode.NEEDLE_INSERTION_3_OR_MORE_MUSCLES
                : CptCode.NEEDLE_INSERTION_1_OR_2_MUSCLES;
        return List.of(BillingLine.of(code, 1));
    }

    private static List<BillingLine> massage(MassageTechnique technique, Instant startedAt, Instant endedAt) {
        if (technique == null) {
            return List.of();
        }
        int units = timedUnits(minutes(startedAt, endedAt));
        return units == 0 ? List.of() : List.of(BillingLine.of(codeOf(technique), units));
    }

    private static CptCode codeOf(MassageTechnique technique) {
        return switch (technique) {
            case SWEDISH, NEUROMUSCULAR -> CptCode.MASSAGE;
            case MYOFASCIAL_RELEASE, CRANIOSACRAL -> CptCode.MANUAL_THERAPY;
        };
    }

    /** Muscles needled, each side of a muscle counted once (a BILATERAL site is two). */
    public static int distinctMuscles(List<NeedlingSite> sites) {
        record MuscleSide(Muscle muscle, Side side) {
        }
        Set<MuscleSide> distinct = new HashSet<>();
        for (NeedlingSite site : sites == null ? List.<NeedlingSite>of() : sites) {
            if (site == null || site.muscle() == null || site.side() == null) {
                continue;
            }
            for (Side side : site.side().sides()) {
                distinct.add(new MuscleSide(site.muscle().anatomical(), side));
            }
        }
        return distinct.size();
    }

    /** Whole minutes from start to end, rounded down; 0 when either is missing or the end is not after the start. */
    public static long minutes(Instant startedAt, Instant endedAt) {
        if (startedAt == null || endedAt == null || !endedAt.isAfter(startedAt)) {
            return 0;
        }
        return Duration.between(startedAt, endedAt).toMinutes();
    }

    /** Units of a timed code by the 8-minute rule. */
    public static int timedUnits(long minutes) {
        return minutes < MIN_TIMED_MINUTES ? 0 : (int) ((minutes + 7) / MINUTES_PER_UNIT);
    }
}
