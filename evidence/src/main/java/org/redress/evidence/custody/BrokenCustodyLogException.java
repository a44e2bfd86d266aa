package org.redress.evidence.custody;

import java.io.IOException;

/**
 * The custody log does not verify, so nothing is exported from it: an event or checkpoint was altered, removed or
 * reordered. The message names the first event or checkpoint that failed and why.
 *
 * @since 1.0
 */
public final class BrokenCustodyLogException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient VerificationReport.Finding finding;

    /**
     * An exception for the first finding of a failed verification.
     *
     * @param finding the first thing that failed verification
     */
    public BrokenCustodyLogException(VerificationReport.Finding finding) {
        super("The custody log is broken: " + finding + ". Nothing was exported; keep the log as it is and restore it "
                + "from a backup, or ask for help.");
        this.finding = finding;
    }

    /**
     * The failure: its subject names the event or checkpoint ({@code event 7}, {@code checkpoint 2 signature}).
     *
     * @return the first finding of the failed verification
     */
    public VerificationReport.Finding finding() {
        return finding;
    }
}
