package org.redress.core.route;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

/**
 * How far a fact has been checked against its source. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum Confidence {
    /** Checked against primary or official text. */
    HIGH,
    /** Agreed by reliable secondary sources. */
    MEDIUM,
    /** Not verified: every output that uses it says so. */
    UNVERIFIED
}
