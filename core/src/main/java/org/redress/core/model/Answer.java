package org.redress.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a yes/no fact, which may not be known. In JSON: {@code true}, {@code false} or {@code "unknown"};
 * an absent or {@code null} answer is unknown.
 *
 * <p>"Not known" is never read as "no": a person who has not said whether they were under 18 is not taken to be an
 * adult.
 *
 * @since 1.1
 */
public enum Answer {
    /** Yes. */
    YES,
    /** No. */
    NO,
    /** Not known, or not asked. */
    UNKNOWN;

    /** {@return whether the answer is {@link #YES}} */
    public boolean isYes() {
        return this == YES;
    }

    /** {@return whether the answer is {@link #NO}} */
    public boolean isNo() {
        return this == NO;
    }

    /**
     * {@link #YES} for {@code true}, {@link #NO} for {@code false}.
     *
     * @param value the yes or no
     * @return {@code YES} or {@code NO}
     */
    public static Answer of(boolean value) {
        return value ? YES : NO;
    }

    /** {@return the JSON form: {@code true}, {@code false} or {@code "unknown"}} */
    @JsonValue
    public Object json() {
        return this == UNKNOWN ? "unknown" : (Object) (this == YES);
    }

    /**
     * Reads the JSON form: {@code true}, {@code false}, {@code null} or {@code "unknown"}.
     *
     * @param value the JSON value, as Jackson reads it
     * @return {@code YES}, {@code NO}, or {@code UNKNOWN} for {@code null} and {@code "unknown"}
     * @throws IllegalArgumentException for anything else
     */
    @JsonCreator
    public static Answer fromJson(@Nullable Object value) {
        if (value == null) {
            return UNKNOWN;
        }
        if (value instanceof Boolean b) {
            return of(b);
        }
        if ("unknown".equals(value)) {
            return UNKNOWN;
        }
        throw new IllegalArgumentException("is not true, false or \"unknown\"");
    }
}
