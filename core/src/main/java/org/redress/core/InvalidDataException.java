package org.redress.core;

import java.util.List;

/**
 * Thrown when input (a case read from JSON, or a value built in code) is invalid. It carries every problem found,
 * not only the first, each with its JSON Pointer, what is wrong and how to fix it.
 *
 * <p>Neither the message nor the problems contain the invalid values themselves: personal data never ends up in
 * logs through this exception.
 *
 * @since 1.0
 */
public class InvalidDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_IN_MESSAGE = 20;

    /** Serializable: problems are records of strings, and the list is an immutable copy. */
    private final List<Problem> problems;

    /**
     * @param what what was being read or built, such as "case" or "Incident"
     * @param problems every problem found; at least one
     */
    public InvalidDataException(String what, List<Problem> problems) {
        super(summary(what, problems), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidDataException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem found, in document order where known} */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(String what, List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append("Invalid ").append(what).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        int shown = 0;
        for (Problem p : problems) {
            if (shown++ == MAX_IN_MESSAGE) {
                sb.append("\n  ... and ").append(problems.size() - MAX_IN_MESSAGE).append(" more");
                break;
            }
            sb.append("\n  ").append(p);
        }
        return sb.toString();
    }
}
