package org.redress.evidence.custody;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

/**
 * What happened to evidence in a custody event. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum CustodyEventType {
    /** Captured live from its source, and hashed. */
    CAPTURED,
    /** Imported from a file the person already had, and hashed. */
    IMPORTED,
    /** Its hash was checked: see the expected and observed digests. */
    HASH_VERIFIED,
    /** Someone viewed it. */
    VIEWED,
    /** A copy was made. */
    COPIED,
    /** It was exported in a bundle. */
    EXPORTED,
    /** It was handed over: see the transfer. */
    TRANSFERRED,
    /** It was received from someone: see the transfer. */
    RECEIVED,
    /** A redacted derivative was made from it (the event names the original and the derivative). */
    REDACTED_DERIVATIVE_MADE,
    /** The log was sealed by a signed checkpoint. */
    SEALED,
    /** It was disposed of: its key was destroyed, so its bytes can no longer be read. */
    DISPOSED,
    /**
     * Checkpoints from here on are signed by another key: see the public key. Verifiers check each checkpoint against
     * the key in force when it was signed (the one named by the last such event it covers).
     */
    SIGNING_KEY_CHANGED,
    /**
     * The log's earlier history of these items was lost (the log was found empty or shorter than the vault's
     * items): they are still held, but their custody before this event cannot be shown. Verification reports this
     * event, so such a log never verifies clean.
     */
    HISTORY_LOST
}
