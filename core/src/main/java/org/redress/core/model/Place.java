package org.redress.core.model;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

/**
 * A place in the person's life that a threat or an incitement names. JSON names are camelCase.
 *
 * @since 1.1
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum Place {
    /** Where the person lives. */
    HOME,
    /** Where the person works. */
    WORK,
    /** The person's school, college or university. */
    SCHOOL,
    /** Another place the person goes to (a gym, a place of worship, a route they take). */
    OTHER
}
