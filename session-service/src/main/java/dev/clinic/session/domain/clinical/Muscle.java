package dev.clinic.session.domain.clinical;

import static dev.clinic.session.domain.clinical.Coding.LOCAL_MUSCLE;
import static dev.clinic.session.domain.clinical.Coding.SNOMED_CT;

import java.util.Arrays;
import java.util.Optional;

/**
 * The muscles a needling site may name. Four carry SNOMED CT codes verified against the terminology
 * (DOMAIN.md); every other muscle has a code in the clinic's one local code system until a
 * terminology source confirms a SNOMED CT code for it. A SNOMED CT code is never guessed.
 * <p>
 * Displays are the clinic's labels, not SNOMED CT preferred terms.
 * <p>
 * {@code overThorax}: needling it can reach the pleura, so signing needs the pneumothorax advice.
 * DOMAIN.md names upper trapezius, levator scapulae, rhomboids and paraspinals (common practice).
 * The whole trapezius lies over the upper thorax too (its middle and lower fibres cover the ribs),
 * so it counts. Scalenes count as well: the pleural dome rises above the first rib, directly under
 * them, and treating scalene needling as a pneumothorax risk is common practice rather than a
 * sourced rule. The policy that reads this flag can be overridden ({@link SigningPolicy}).
 */
public enum Muscle {
    STERNOCLEIDOMASTOID(SNOMED_CT, "22823000", "Sternocleidomastoid", false),
    TEMPORALIS(SNOMED_CT, "52927003", "Temporalis", false),
    MASSETER(SNOMED_CT, "79368004", "Masseter", false),
    TRAPEZIUS(SNOMED_CT, "31764008", "Trapezius", true),
    /** A region of the trapezius; a local refinement of SNOMED CT 31764008. */
    UPPER_TRAPEZIUS(LOCAL_MUSCLE, "upper-trapezius", "Upper trapezius", true),
    SUBOCCIPITALS(LOCAL_MUSCLE, "suboccipitals", "Suboccipitals", false),
    SPLENIUS_CAPITIS(LOCAL_MUSCLE, "splenius-capitis", "Splenius capitis", false),
    LEVATOR_SCAPULAE(LOCAL_MUSCLE, "levator-scapulae", "Levator scapulae", true),
    RHOMBOIDS(LOCAL_MUSCLE, "rhomboids", "Rhomboids", true),
    CERVICAL_PARASPINALS(LOCAL_MUSCLE, "cervical-paraspinals", "Cervical paraspinals", true),
    SCALENES(LOCAL_MUSCLE, "scalenes", "Scalenes", true),
    GLUTEALS(LOCAL_MUSCLE, "gluteals", "Gluteals", false);

    private final Coding coding;
    private final boolean overThorax;

    Muscle(String system, String code, String display, boolean overThorax) {
        this.coding = new Coding(system, code, display);
        this.overThorax = overThorax;
    }

    public Coding coding() {
        return coding;
    }

    public String display() {
        return coding.display();
    }

    /** Whether needling this muscle can reach the pleura (see the class comment for the sources). */
    public boolean overThorax() {
        return overThorax;
    }

    /** The SNOMED CT concept this local code refines, if any: upper trapezius is part of trapezius. */
    public Optional<Muscle> refines() {
        return this == UPPER_TRAPEZIUS ? Optional.of(TRAPEZIUS) : Optional.empty();
    }

    /**
     * The muscle as billing counts it: a region of a muscle is that muscle, so upper trapezius and
     * trapezius on the same side are one muscle, never two.
     */
    public Muscle anatomical() {
        return refines().orElse(this);
    }

    /** The muscle with this system and code, if the table has it. */
    public static Optional<Muscle> of(String system, String code) {
        return Arrays.stream(values())
                .filter(m -> m.coding.system().equals(system) && m.coding.code().equals(code))
                .findFirst();
    }
}
