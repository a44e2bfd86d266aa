package org.redress.evidence.custody;

/**
 * The custody log does not verify, so nothing is exported from it: an event or checkpoint was altered, removed or
 * reordered. The message names the first event or checkpoint that failed and why.
 *
 * <p>Unchecked, and deliberately not an {@link java.io.IOException}, like
 * {@link org.redress.evidence.EvidenceIntegrityException}: a custody log that was altered is tampering or damage, not an
 * input/output failure to retry or report as "file not found", and a general {@code catch (IOException e)} around
 * export code must not swallow it. Handle it where bundles are exported: keep the log exactly as it is and tell the
 * person which event or checkpoint failed.
 *
 * @since 1.0
 */
public final class BrokenCustodyLogException extends RuntimeException {

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
