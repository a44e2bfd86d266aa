package org.redress.evidence;

/**
 * The passphrase or host key does not open this vault. Nothing was changed.
 *
 * @since 1.0
 */
public final class WrongKeyException extends VaultException {

    private static final long serialVersionUID = 1L;

    /** The exception. */
    public WrongKeyException() {
        super("The passphrase or key does not open this vault. Nothing was changed; try again with the right one.");
    }
}
