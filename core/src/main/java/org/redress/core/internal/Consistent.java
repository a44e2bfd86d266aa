package org.redress.core.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The class-level constraint that {@link org.redress.core.validation.Validated} carries, so that every implementing
 * type inherits it: runs their cross-field checks inside the same Jakarta Validation pass as the field constraints,
 * so one pass reports every problem. Value types do not carry it themselves (it would run twice).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentValidator.class)
public @interface Consistent {
    /** Unused: each problem carries its own message. */
    String message() default "is inconsistent";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
