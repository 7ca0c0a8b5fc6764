package dev.clinic.session.domain.clinical;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.clinic.platform.problem.FieldError;
import dev.clinic.platform.problem.ProblemException;

/**
 * ICD-10-CM diagnosis codes. A code is accepted when it is well-formed: a letter, a digit, a digit
 * or A or B (C4A, M1A, Z3A are the only categories with a letter there), then optionally a dot and
 * one to four letters or digits, in upper case ({@code G43.009}, {@code M79.18}, {@code S13.4XXA}).
 * U is a valid first letter: ICD-10-CM uses U07.1 (COVID-19) and U09.9. The codes the clinics use
 * most (DOMAIN.md) also carry a display.
 * <p>
 * A well-formed code outside that table is accepted without a display: the table is a convenience,
 * not the terminology (ICD-10-CM has over 70,000 codes), and refusing a real code would stop a
 * clinician from recording a comorbidity. Whether such a code exists in the current release is
 * for a terminology service to say, once there is one.
 */
public final class Icd10Cm {

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Z][0-9][0-9AB](\\.[A-Z0-9]{1,4})?");

    /** The codes of DOMAIN.md with their ICD-10-CM titles. */
    private static final Map<String, String> KNOWN = table();

    private Icd10Cm() {
    }

    private static Map<String, String> table() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("G43.009", "Migraine without aura, not intractable, without status migrainosus");
        codes.put("G43.109", "Migraine with aura, not intractable, without status migrainosus");
        codes.put("G43.709", "Chronic migraine without aura, not intractable, without status migrainosus");
        codes.put("G43.909", "Migraine, unspecified, not intractable, without status migrainosus");
        codes.put("G44.209", "Tension-type headache, unspecified, not intractable");
        codes.put("G44.219", "Episodic tension-type headache, not intractable");
        codes.put("G44.229", "Chronic tension-type headache, not intractable");
        codes.put("G44.86", "Cervicogenic headache");
        codes.put("M79.18", "Myalgia, other site");
        return Collections.unmodifiableMap(codes);
    }

    public static boolean isWellFormed(String code) {
        return code != null && WELL_FORMED.matcher(code).matches();
    }

    /** The title of a code the clinic's table knows; empty for any other code. */
    public static Optional<String> display(String code) {
        return Optional.ofNullable(code == null ? null : KNOWN.get(code));
    }

    /** The code with its display (when known) as a coding. */
    public static Coding coding(String code) {
        return new Coding(Coding.ICD_10_CM, code, display(code).orElse(null));
    }

    /** The codes the table knows, with their titles. */
    public static Map<String, String> known() {
        return KNOWN;
    }

    /**
     * Every malformed or repeated code of a list, each named by its index under {@code field}
     * (for example {@code diagnosisCodes[1]}); empty when all are acceptable.
     */
    public static List<FieldError> violations(String field, List<String> codes) {
        List<FieldError> errors = new ArrayList<>();
        if (codes == null) {
            return errors;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String path = field + "[" + i + "]";
            if (!isWellFormed(code)) {
                errors.add(new FieldError(path, "must be an ICD-10-CM code such as G43.009 (upper case, a dot after "
                        + "the third character)"));
            } else if (!seen.add(code)) {
                errors.add(new FieldError(path, code + " is listed more than once"));
            }
        }
        return errors;
    }

    /** @throws ProblemException 400 naming every code that is not acceptable */
    public static void check(String field, List<String> codes) {
        List<FieldError> errors = violations(field, codes);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
