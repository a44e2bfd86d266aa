package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import com.fasterxml.jackson.databind.EnumNamingStrategies;

/**
 * Whether the evidence's bytes are held. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum ContentStatus {
    /** The original bytes are held (and hashed). */
    STORED,
    /** Never stored: the content involves a child. Only its location and a description are kept. */
    NOT_STORED_CHILD_ABUSE_MATERIAL,
    /** Only a reference is held (for example the bytes are with the police). */
    REFERENCE_ONLY
}
