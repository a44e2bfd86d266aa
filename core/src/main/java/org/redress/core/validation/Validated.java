package org.redress.core.validation;

import org.redress.core.internal.Consistent;


/**
 * A value type with cross-field rules that field annotations cannot express, such as "an end that is not before
 * the start". {@link Validation#problems(Object)} and Jakarta Validation both run {@link #collectProblems} after
 * the field constraints, so one pass reports every problem of a value and of everything it holds.
 *
 * <p>A jurisdiction pack's own value types implement this interface when they have such rules; types whose fields'
 * Jakarta constraints say everything need not.
 *
 * @since 1.0
 */
@Consistent
public interface Validated {

    /**
     * Reports every broken cross-field rule to {@code problems}. Must not throw and must not echo field values (they
     * may be personal data).
     *
     * @param problems where to report
     */
    void collectProblems(Problems problems);

    /**
     * Collects the problems of one value.
     *
     * @since 1.0
     */
    @FunctionalInterface
    interface Problems {
        /**
         * Reports one problem.
         *
         * @param field a JSON Pointer relative to the value, without the leading '/', such as {@code occurredAt} or
         *              {@code incidents/3/evidenceIds/0}; empty for the value as a whole
         * @param message what is wrong, such as "is before the start"
         * @param fix how to fix it, as an instruction to the person who wrote the value
         */
        void add(String field, String message, String fix);
    }
}
