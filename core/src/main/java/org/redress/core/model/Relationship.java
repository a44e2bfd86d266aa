package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import com.fasterxml.jackson.databind.EnumNamingStrategies;

/**
 * How a party is related to the person the case is for. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum Relationship {
    /** A current partner. */
    CURRENT_PARTNER,
    /** A former partner. */
    FORMER_PARTNER,
    /** A husband, wife or civil partner. @since 1.1 */
    SPOUSE,
    /** A former husband, wife or civil partner. @since 1.1 */
    FORMER_SPOUSE,
    /** A family member. */
    FAMILY,
    /** Someone living in the same household. */
    HOUSEHOLD_MEMBER,
    /** A colleague or fellow student. */
    COLLEAGUE,
    /** A former colleague. @since 1.1 */
    FORMER_COLLEAGUE,
    /** A classmate or fellow pupil. @since 1.1 */
    CLASSMATE,
    /** Someone the person knows. */
    ACQUAINTANCE,
    /** Someone known only online. */
    ONLINE_CONTACT,
    /** A stranger. */
    STRANGER,
    /** Not known (for example an anonymous account). */
    UNKNOWN;

    /** {@return whether this is a partner, spouse, or a former one} */
    public boolean isPartnerOrFormerPartner() {
        return this == CURRENT_PARTNER || this == FORMER_PARTNER || this == SPOUSE || this == FORMER_SPOUSE;
    }

    /**
     * {@return whether the relationship is domestic: partner, spouse (current or former), family or household member}
     */
    public boolean isDomestic() {
        return isPartnerOrFormerPartner() || this == FAMILY || this == HOUSEHOLD_MEMBER;
    }
}
