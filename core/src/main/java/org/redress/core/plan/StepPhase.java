package org.redress.core.plan;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

/**
 * The phase a plan step belongs to; plans list phases in this order. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum StepPhase {
    /** Getting safe: emergency help and crisis support. */
    SAFETY,
    /** Preserving evidence before anything is reported or removed. */
    EVIDENCE,
    /** Reporting: police, fraud reporting, federal agencies, child-protection hotlines. */
    REPORT,
    /** Getting content removed: platform reports, removal requests, image hashing. */
    REMOVAL,
    /** Escalating when a first report fails, and telling the regulator. */
    ESCALATION,
    /** Court orders, letters and civil claims. */
    LEGAL,
    /** Specialist and emotional support. */
    SUPPORT
}
