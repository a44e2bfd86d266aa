package org.redress.evidence;

import java.util.Objects;

/**
 * Stored evidence is not what was stored: a segment failed authentication, the file was truncated, extended or
 * reordered, or the bytes do not hash to the recorded digest. The message names the item, never its content.
 *
 * <p>Unchecked, and deliberately not an {@link java.io.IOException}: evidence that was tampered with or damaged is
 * not an input/output failure to retry or report as "file not found", and a general {@code catch (IOException e)}
 * around vault code must not swallow it. It can be thrown from {@link EvidenceVault#record}, from
 * {@link EvidenceVault#open} and from the {@code read} methods of the stream that {@code open} returns. Handle it
 * where evidence is read: keep the vault exactly as it is and tell the person which item failed.
 *
 * @since 1.0
 */
public final class EvidenceIntegrityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The id of the item that failed its check. */
    private final String itemId;

    /**
     * An exception about one item.
     *
     * @param itemId the item's id (an id, never personal data)
     * @param problem what failed, such as "segment 3 failed authentication"
     */
    public EvidenceIntegrityException(String itemId, String problem) {
        super("Evidence item " + Objects.requireNonNull(itemId, "itemId") + " failed its integrity check: "
                + Objects.requireNonNull(problem, "problem") + ".");
        this.itemId = itemId;
    }

    /**
     * The id of the item that failed its check.
     *
     * @return the item's id
     */
    public String itemId() {
        return itemId;
    }
}
