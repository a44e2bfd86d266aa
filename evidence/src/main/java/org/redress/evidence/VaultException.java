package org.redress.evidence;

import java.io.IOException;

/**
 * A vault operation failed for a reason the caller can act on. Messages name item ids, never personal data.
 *
 * @since 1.0
 */
public class VaultException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what went wrong, without personal data
     */
    public VaultException(String message) {
        super(message);
    }

    /**
     * An exception with a message and a cause.
     *
     * @param message what went wrong, without personal data
     * @param cause the underlying failure
     */
    public VaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
