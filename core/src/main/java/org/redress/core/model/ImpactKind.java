package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import com.fasterxml.jackson.databind.EnumNamingStrategies;

/**
 * What an impact-log entry records. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum ImpactKind {
    /** Effects on mental or physical health and wellbeing. */
    WELLBEING,
    /** Money lost (paid to the harasser, fraud). */
    MONEY_LOST,
    /** Effects on work, school or study. */
    WORK_OR_STUDY,
    /** Changes made for safety (moving, changing routines, new numbers). */
    SAFETY_CHANGE,
    /** Costs incurred (security, legal, medical, therapy). */
    COST,
    /** Anything else. */
    OTHER
}
