package dev.clinic.session.domain.clinical;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.clinic.platform.problem.ProblemException;

/**
 * The outcome of the signing rules: a session signs exactly when there are no violations; warnings
 * go into the sign response and do not block.
 */
public record SigningCheck(List<RuleFinding> violations, List<RuleFinding> warnings) {

    /** The 409 problem type of a refused signature. */
    public static final String PROBLEM_CODE = "signing-rules-failed";

    public SigningCheck {
        violations = List.copyOf(violations);
        warnings = List.copyOf(warnings);
    }

    public boolean signable() {
        return violations.isEmpty();
    }

    /** The same outcome with one more violation, for the rules decided outside this package. */
    public SigningCheck withViolation(RuleFinding violation) {
        List<RuleFinding> all = new ArrayList<>(violations);
        all.add(violation);
        return new SigningCheck(all, warnings);
    }

    /**
     * @throws ProblemException 409 {@value #PROBLEM_CODE} naming every failed rule in
     *         {@code violations} (and the warnings, so a client fixes everything at once)
     */
    public void orThrow() {
        if (signable()) {
            return;
        }
        String detail = "The session cannot be signed: " + violations.stream()
                .map(v -> v.rule().name()).collect(Collectors.joining(", "));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("violations", violations);
        properties.put("warnings", warnings);
        throw ProblemException.conflict(PROBLEM_CODE, detail, properties);
    }
}
