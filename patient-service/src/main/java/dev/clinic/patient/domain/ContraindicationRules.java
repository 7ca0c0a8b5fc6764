package dev.clinic.patient.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Derives contraindications from a screening and the birth date, for a treatment date. Never typed
 * by hand: whatever is stored, this is what the patient has.
 */
public final class ContraindicationRules {

    /** Dry needling is never done before the 12th birthday (reference 003); the birthday itself is eligible. */
    static final int MINIMUM_AGE_YEARS = 12;

    private ContraindicationRules() {
    }

    /**
     * @param answers the current screening, or null when the patient was never screened (then only
     *        the birth date can raise anything)
     * @return the contraindications in the order of {@link ContraindicationCode}
     */
    public static List<Contraindication> derive(ScreeningAnswers answers, LocalDate birthDate, LocalDate date) {
        List<Contraindication> found = new ArrayList<>();
        if (isUnderMinimumAge(birthDate, date)) {
            found.add(new Contraindication(ContraindicationCode.AGE_UNDER_12, List.of("birthDate")));
        }
        if (answers != null) {
            found.addAll(fromScreening(answers));
        }
        return List.copyOf(found);
    }

    /** The codes a screening raises, whatever the date (the birth date plays no part). */
    public static Set<ContraindicationCode> codesOf(ScreeningAnswers answers) {
        if (answers == null) {
            return Set.of();
        }
        return fromScreening(answers).stream().map(Contraindication::code).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * True before the day the patient turns 12. A 29 February birthday falls on 1 March in a year
     * without one (the later of the two candidates: a child is never treated a day early).
     */
    public static boolean isUnderMinimumAge(LocalDate birthDate, LocalDate date) {
        return date.isBefore(twelfthBirthday(birthDate));
    }

    static LocalDate twelfthBirthday(LocalDate birthDate) {
        LocalDate birthday = birthDate.plusYears(MINIMUM_AGE_YEARS);
        boolean leapDayBirth = birthDate.getMonth() == Month.FEBRUARY && birthDate.getDayOfMonth() == 29;
        // java.time moves 29 February to the 28th in a common year; the law of most places says 1 March.
        return leapDayBirth && birthday.getDayOfMonth() == 28 ? birthday.plusDays(1) : birthday;
    }

    private static List<Contraindication> fromScreening(ScreeningAnswers a) {
        // question (API field name) -> the code a YES raises, in table order
        Map<String, Answer> answered = new LinkedHashMap<>();
        answered.put("bleedingDisorder", a.bleedingDisorder());
        answered.put("anticoagulants", a.anticoagulants());
        answered.put("pregnant", a.pregnant());
        answered.put("immunocompromised", a.immunocompromised());
        answered.put("recentSurgery", a.recentSurgery());
        answered.put("activeSkinInfection", a.activeSkinInfection());

        List<Contraindication> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, Answer> entry : answered.entrySet()) {
            switch (entry.getValue()) {
                case YES -> found.add(new Contraindication(codeRaisedBy(entry.getKey()), List.of(entry.getKey())));
                case UNKNOWN -> unknown.add(entry.getKey());
                case NO -> {
                }
            }
        }
        if (a.needlePhobia() == NeedlePhobia.SEVERE) {
            found.add(new Contraindication(ContraindicationCode.SEVERE_NEEDLE_PHOBIA, List.of("needlePhobia")));
        }
        if (!unknown.isEmpty()) {
            found.add(new Contraindication(ContraindicationCode.UNKNOWN_ANSWER, unknown));
        }
        return found;
    }

    private static ContraindicationCode codeRaisedBy(String question) {
        return switch (question) {
            case "bleedingDisorder" -> ContraindicationCode.BLEEDING_DISORDER;
            case "anticoagulants" -> ContraindicationCode.ANTICOAGULANTS;
            case "pregnant" -> ContraindicationCode.PREGNANCY;
            case "immunocompromised" -> ContraindicationCode.IMMUNOCOMPROMISED;
            case "recentSurgery" -> ContraindicationCode.RECENT_SURGERY;
            case "activeSkinInfection" -> ContraindicationCode.ACTIVE_SKIN_INFECTION;
            default -> throw new IllegalArgumentException(question);
        };
    }
}
