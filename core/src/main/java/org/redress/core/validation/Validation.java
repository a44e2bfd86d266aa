package org.redress.core.validation;

import java.util.List;
import java.util.Objects;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;

/**
 * Validates Redress value types, and a jurisdiction pack's own, with the library's rules: the Jakarta Validation
 * constraints on their accessors, the values they hold ({@code @Valid}), and the cross-field rules of every
 * {@link Validated} value. Each problem is reported as a {@link Problem} with the JSON Pointer of the field, what is
 * wrong and how to fix it; messages never quote field values.
 *
 * <p>Value types built with Immutables call {@link #check(Object)} from their {@code @Value.Check} method, so that an
 * invalid value cannot be built:
 *
 * <pre>{@code
 * @Value.Check
 * protected void check() {
 *     Validation.check(this);
 * }
 * }</pre>
 *
 * <p>Thread-safe: every method may be called from any thread.
 *
 * @since 1.0
 */
public final class Validation {

    /** The message of a problem for a required value that is absent or null, wherever it is found. */
    public static final String MISSING = org.redress.core.internal.Validation.MISSING;

    private Validation() {
    }

    /**
     * Throws unless {@code value} and everything it holds is valid. While {@link org.redress.core.json.RedressJson}
     * reads a document this does nothing: the reader validates the whole document once it is read, so that it
     * reports every problem of the document rather than the first value's.
     *
     * @param value the value to check
     * @throws InvalidDataException naming every problem, by its JSON Pointer relative to {@code value}
     * @throws NullPointerException if {@code value} is null
     */
    public static void check(Object value) {
        org.redress.core.internal.Validation.check(Objects.requireNonNull(value, "value"));
    }

    /**
     * Every problem of {@code value} and of what it holds, sorted by pointer; empty if it is valid.
     *
     * @param value the value to validate
     * @return the problems, with JSON Pointers relative to {@code value}
     * @throws NullPointerException if {@code value} is null
     */
    public static List<Problem> problems(Object value) {
        return org.redress.core.internal.Validation.problems(Objects.requireNonNull(value, "value"));
    }

    /**
     * Escapes one JSON Pointer reference token (RFC 6901): {@code ~} becomes {@code ~0} and {@code /} becomes
     * {@code ~1}. For a {@link Validated.Problems#add} field that contains a map key.
     *
     * @param token a map key or property name
     * @return the escaped token
     */
    public static String escapePointer(String token) {
        return org.redress.core.internal.Validation.escapePointer(Objects.requireNonNull(token, "token"));
    }
}
