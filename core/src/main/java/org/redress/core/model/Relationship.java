package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import com.fasterxml.jackson.databind.EnumNamingStrategies;

/** How a party is related to the person the case is for. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}). */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum Relationship {
    /** A current partner. */
    CURRENT_PARTNER,
    /** A former partner. */
    FORMER_PARTNER,
    /** A family member. */
    FAMILY,
    /** Someone living in the same household. */
    HOUSEHOLD_MEMBER,
    /** A colleague or fellow student. */
    COLLEAGUE,
    /** Someone the person knows. */
    ACQUAINTANCE,
    /** Someone known only online. */
    ONLINE_CONTACT,
    /** A stranger. */
    STRANGER,
    /** Not known (for example an anonymous account). */
    UNKNOWN
}
