package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import com.fasterxml.jackson.databind.EnumNamingStrategies;

/**
 * Who is filling in the case. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum FilledBy {
    /** The person the case is for. */
    SELF,
    /** A friend or family member helping them. */
    FRIEND,
    /** An advocate, caseworker or support worker. */
    ADVOCATE,
    /** A solicitor, lawyer or legal clinic. */
    LEGAL_REPRESENTATIVE,
    /** A platform's trust-and-safety team. */
    PLATFORM
}
