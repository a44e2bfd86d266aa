package org.redress.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value type whose generated immutable class checks every instance when it is built (its
 * {@code @Value.Check} calls {@link Validation#check}). The construction-time check of a value that holds one
 * ({@code @Valid}) then does not walk into it again: it was checked when it was built, or it was bound while checks
 * were deferred ({@link Validation#deferred}) and belongs to a document that the reader validates as a whole with
 * {@link Validation#problems}, which still walks into everything.
 *
 * <p>This keeps building a plan linear: a reason's list of incident ids is checked once, when the reason is built,
 * not again for its step and again for the plan. Only the generated class itself ({@code ImmutableX} for a type
 * {@code X}) is taken as checked, never another subclass.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CheckedWhenBuilt {
}
