package dev.clinic.booking.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A slot step in minutes: 5 to 60 and a divisor of 60, so that slots start on the hour every hour
 * (a 25-minute step would drift: 09:00, 09:25, 09:50, 10:15...). Null is valid (the field is optional).
 */
@Documented
@Constraint(validatedBy = SlotStep.Validator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface SlotStep {

    String message() default "must be one of 5, 6, 10, 12, 15, 20, 30, 60 (minutes that divide an hour)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<SlotStep, Integer> {

        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            return value == null || (value >= 5 && value <= 60 && 60 % value == 0);
        }
    }
}
