package org.redress.interchange.internal;

import java.util.ArrayList;
import java.util.List;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;

/** Collects every problem of an input before refusing it, so that one answer names all that is missing. */
public final class Checks {

    private final String what;
    private final List<Problem> problems = new ArrayList<>();

    /** Checks of one input, described as {@code what} in the exception ("the DSA notice", ...). */
    public Checks(String what) {
        this.what = what;
    }

    /** Records a problem at a JSON Pointer. */
    public void add(String pointer, String message, String fix) {
        problems.add(new Problem(pointer, message, fix));
    }

    /** Records a problem when {@code text} is longer than {@code max} characters (counted as code points). */
    public void maxLength(String pointer, String text, int max) {
        if (text != null && text.codePointCount(0, text.length()) > max) {
            add(pointer, "is longer than " + max + " characters", "shorten it to at most " + max + " characters");
        }
    }

    /** Whether any problem was found. */
    public boolean failed() {
        return !problems.isEmpty();
    }

    /**
     * Refuses the input when any problem was found.
     *
     * @throws InvalidDataException naming every problem
     */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidDataException(what, List.copyOf(problems));
        }
    }

    /** Words for an enum constant: {@code NON_CONSENSUAL_INTIMATE_IMAGE} gives "non-consensual intimate image". */
    public static String words(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace("non_", "non-").replace('_', ' ');
    }
}
