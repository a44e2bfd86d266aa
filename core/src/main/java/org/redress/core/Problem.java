package org.redress.core;

import java.util.Objects;

/**
 * One thing wrong with a piece of input: where it is, what is wrong, and how to fix it.
 *
 * <p>The location is a JSON Pointer (RFC 6901) into the JSON form of the value, such as
 * {@code /incidents/3/occurredAt}, or the empty string for the whole document. The message and the fix never
 * contain the offending value itself, so problems can be logged and shown without leaking personal data.
 *
 * @param pointer JSON Pointer of the offending field; {@code ""} for the whole document
 * @param message what is wrong, in plain language
 * @param fix how to fix it, in plain language
 *
 * @serial exclude
 * @since 1.0
 */
// "@serial exclude": javadoc 17 reports the components of a serializable record as fields without a comment (fixed
// in later JDKs); the serialized form is the three strings above, in that order.
public record Problem(String pointer, String message, String fix) implements java.io.Serializable {

    /**
     * Checks that all three parts are present.
     *
     * @param pointer JSON Pointer of the offending field; {@code ""} for the whole document
     * @param message what is wrong, in plain language, without the offending value
     * @param fix how to fix it, in plain language
     * @throws NullPointerException if any part is null
     */
    public Problem {
        Objects.requireNonNull(pointer, "pointer must not be null");
        Objects.requireNonNull(message, "message must not be null");
        Objects.requireNonNull(fix, "fix must not be null");
    }

    /**
     * {@return whether this problem concerns the field at {@code other} or something inside it}
     *
     * @param other a JSON Pointer, with or without a trailing {@code /}
     */
    public boolean isAtOrUnder(String other) {
        return pointer.equals(other) || pointer.startsWith(other.endsWith("/") ? other : other + "/");
    }

    /** One line: pointer, message and fix, for people. */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(document)" : pointer) + ": " + message + ". " + fix;
    }
}
