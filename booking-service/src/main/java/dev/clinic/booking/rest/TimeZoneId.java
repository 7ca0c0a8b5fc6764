package dev.clinic.booking.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.ZoneId;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An IANA time zone id such as {@code America/New_York}. Fixed offsets ({@code +01:00},
 * {@code GMT+1}) are refused: they know no daylight saving time, so schedules would drift by an
 * hour twice a year. Null is valid (the field is optional).
 */
@Documented
@Constraint(validatedBy = TimeZoneId.Validator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface TimeZoneId {

    String message() default "must be an IANA time zone id, e.g. America/New_York";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<TimeZoneId, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                // ZoneId.of also accepts offsets and prefixed offsets; only the tz database's region ids are zones.
                return ZoneId.getAvailableZoneIds().contains(ZoneId.of(value).getId());
            } catch (DateTimeException e) {
                return false;
            }
        }
    }
}
