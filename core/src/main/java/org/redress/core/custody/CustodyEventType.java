package org.redress.core.custody;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

/** What happened to evidence in a custody event. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}). */
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
    DISPOSED
}
