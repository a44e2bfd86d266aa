package org.redress.core.internal;

/** A value type with cross-field rules that field annotations cannot express. */
public interface SelfChecking {

    /**
     * Reports every broken rule to {@code problems}. Must not throw and must not echo field values.
     *
     * @param problems where to report
     */
    void collectProblems(Problems problems);

    /** Collects the problems of one value. */
    interface Problems {
        /**
         * @param field a JSON Pointer relative to the value, without the leading '/', such as
         *              {@code occurredAt} or {@code incidents/3/evidenceIds/0}; empty for the value as a whole
         * @param message what is wrong
         * @param fix how to fix it
         */
        void add(String field, String message, String fix);
    }
}
