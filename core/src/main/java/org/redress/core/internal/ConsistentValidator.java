package org.redress.core.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.redress.core.validation.Validated;

/** Runs {@link Validated#collectProblems} inside Jakarta Validation. */
public final class ConsistentValidator implements ConstraintValidator<Consistent, Validated> {

    /** Separates the message from the fix in a violation's message template. */
    static final String FIX_SEPARATOR = "|";

    @Override
    public boolean isValid(Validated value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean[] valid = {true};
        context.disableDefaultConstraintViolation();
        value.collectProblems((field, message, fix) -> {
            valid[0] = false;
            // The relative pointer travels in the message: "field|message|fix" (see Validation.toProblem).
            context.buildConstraintViolationWithTemplate(Validation.escape(field) + FIX_SEPARATOR
                    + Validation.escape(message) + FIX_SEPARATOR + Validation.escape(fix)).addConstraintViolation();
        });
        return valid[0];
    }
}
