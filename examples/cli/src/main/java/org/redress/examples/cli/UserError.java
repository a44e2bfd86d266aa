package org.redress.examples.cli;

/**
 * A failure the person running the command can act on: what went wrong, how to fix it, and the exit code. Printed
 * without a stack trace.
 */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final String fix;

    UserError(int exitCode, String message, String fix) {
        super(message, null, false, false);
        this.exitCode = exitCode;
        this.fix = fix;
    }

    int exitCode() {
        return exitCode;
    }

    String fix() {
        return fix;
    }
}
