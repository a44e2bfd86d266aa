package org.redress.examples.cli;

/** The exit codes of the {@code redress} command, documented in {@code docs/cli.md}. */
public final class ExitCodes {

    /** Success: the command did what was asked (for {@code verify}: everything checked out). */
    public static final int OK = 0;
    /** The input (a case file, an evidence file, a bundle) is invalid or unreadable as what it claims to be. */
    public static final int INVALID_INPUT = 1;
    /** The command line itself is wrong: unknown command or option, missing argument. */
    public static final int USAGE = 2;
    /** {@code verify}: the bundle or PDF was checked and something in it does not hold. */
    public static final int VERIFICATION_FAILED = 3;
    /** A file or folder could not be read or written (missing, no permission, disk full). */
    public static final int FILE_ERROR = 4;
    /** The feature or jurisdiction is not available in this build. */
    public static final int UNAVAILABLE = 5;
    /** The vault could not be opened: the passphrase is wrong or was not given. */
    public static final int VAULT_LOCKED = 6;
    /**
     * Stored evidence or its custody log failed an integrity check (an item, a key file or the log was altered, cut
     * short or lost): the message names the item or event and what failed.
     */
    public static final int INTEGRITY = 7;
    /**
     * {@code verify}: the bundle is intact, but no fingerprint was given to confirm who signed it
     * ({@code --expect-fingerprint}); compare the printed fingerprint with the sender's.
     */
    public static final int SIGNER_UNCONFIRMED = 8;
    /** A bug in redress itself: please report it. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}
