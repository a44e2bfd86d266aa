package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import com.fasterxml.jackson.databind.EnumNamingStrategies;

/**
 * Where a report made to a route stands. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum ReportStatus {
    /** Prepared but not sent. */
    DRAFT,
    /** Sent; no answer yet. */
    SUBMITTED,
    /** The route confirmed receipt. */
    ACKNOWLEDGED,
    /** Being looked at. */
    IN_PROGRESS,
    /** The route acted (content removed, account suspended, charge, order made). */
    ACTION_TAKEN,
    /** The route decided not to act. */
    NO_ACTION,
    /** The route refused the report. */
    REJECTED,
    /** Closed for another reason. */
    CLOSED
}
