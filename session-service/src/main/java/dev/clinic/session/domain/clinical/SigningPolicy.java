package dev.clinic.session.domain.clinical;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The values of the signing rules that come from practice rather than a source, so a clinic's
 * configuration can change them (DOMAIN.md: "make such values configuration, not constants").
 *
 * @param thoraxMuscles the muscles whose needling needs the pneumothorax advice
 * @param firstSessionMaxNeedles needles a first dry-needling session may use without a warning
 *        (003: "just one or two needles")
 */
public record SigningPolicy(Set<Muscle> thoraxMuscles, int firstSessionMaxNeedles) {

    public static final SigningPolicy DEFAULT = new SigningPolicy(
            Arrays.stream(Muscle.values()).filter(Muscle::overThorax)
                    .collect(() -> EnumSet.noneOf(Muscle.class), Set::add, Set::addAll),
            2);

    public SigningPolicy {
        thoraxMuscles = Set.copyOf(thoraxMuscles);
        if (firstSessionMaxNeedles < 1) {
            throw new IllegalArgumentException("firstSessionMaxNeedles must be at least 1");
        }
    }

    public boolean overThorax(Muscle muscle) {
        return thoraxMuscles.contains(muscle);
    }
}
