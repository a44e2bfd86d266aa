package org.redress.core.evidence;

/**
 * Stored evidence is not what was stored: a segment failed authentication, the file was truncated, extended or
 * reordered, or the bytes do not hash to the recorded digest. The message names the item.
 */
public final class IntegrityException extends VaultException {

    private static final long serialVersionUID = 1L;

    private final String itemId;

    /** An exception about one item. */
    public IntegrityException(String itemId, String problem) {
        super("Evidence item " + itemId + " failed its integrity check: " + problem + ".");
        this.itemId = itemId;
    }

    /** The item's id. */
    public String itemId() {
        return itemId;
    }
}
