package dev.clinic.session.domain.clinical;

/** One failed rule (or a warning): which rule, the field to look at, and what is wrong in words. */
public record RuleFinding(SigningRule rule, String field, String message) {
}
