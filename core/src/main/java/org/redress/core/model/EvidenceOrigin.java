package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import com.fasterxml.jackson.databind.EnumNamingStrategies;

/**
 * How a piece of evidence came into the case: users and courts ask which. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum EvidenceOrigin {
    /** Captured by the tool from the live source. */
    CAPTURED_LIVE,
    /** Imported later from a file the person already had. */
    IMPORTED
}
