package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import com.fasterxml.jackson.databind.EnumNamingStrategies;

/**
 * Where the capture time came from. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum ClockSource {
    /** The device's clock, not known to be synchronised. */
    SYSTEM_CLOCK,
    /** The device's clock, synchronised over the network (NTP). */
    NETWORK_SYNCED,
    /** An RFC 3161 time-stamp authority. */
    TIME_STAMP_AUTHORITY,
    /** Stated by the person (imported evidence). */
    PERSON_STATED,
    /** Not known. */
    UNKNOWN
}
