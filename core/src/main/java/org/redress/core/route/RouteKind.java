package org.redress.core.route;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

/**
 * What kind of place a route is. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum RouteKind {
    /** Emergency services (999, 911). */
    EMERGENCY,
    /** The police, for a crime report. */
    POLICE,
    /** A national fraud and cybercrime reporting centre. */
    FRAUD_REPORTING,
    /** A national or federal agency (such as the FBI). */
    FEDERAL_AGENCY,
    /** A report to the platform or host where the content is. */
    PLATFORM_REPORT,
    /** An escalation service after a platform report fails. */
    ESCALATION,
    /** A regulator, told for intelligence rather than to resolve one complaint. */
    REGULATOR,
    /** A service that removes or blocks intimate images. */
    IMAGE_REMOVAL,
    /** A child-protection hotline (reports of child sexual abuse material). */
    CHILD_PROTECTION,
    /** A legal notice or request the person sends (removal request, takedown notice, letter). */
    LEGAL_NOTICE,
    /** A court order protecting the person (injunction, protective order, non-harassment order). */
    PROTECTIVE_ORDER,
    /** A claim for damages in the civil courts. */
    CIVIL_CLAIM,
    /** A specialist helpline or advice service. */
    HELPLINE,
    /** Emotional support or crisis support. */
    SUPPORT
}
