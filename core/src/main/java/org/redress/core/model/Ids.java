package org.redress.core.model;

/** The format of ids within a case (incidents, parties, evidence records, reports). */
final class Ids {
    /** Letters, digits, '.', '_' and '-', 1 to 64 characters, starting with a letter or digit. */
    static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    static final String MESSAGE = "is not a valid id|Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.";

    private Ids() {
    }
}
