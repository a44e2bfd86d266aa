package org.redress.core.model;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

/**
 * What came of a report, as far as the person can see. JSON names are camelCase ({@code NO_RESPONSE} is
 * {@code "noResponse"}).
 *
 * @since 1.1
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum ReportOutcome {
    /** No answer has come back. */
    NO_RESPONSE,
    /** The route refused to act (for example "does not break our rules"). */
    REFUSED,
    /** The content was removed. */
    REMOVED,
    /** The content or the account was restricted, hidden or suspended, but not removed. */
    RESTRICTED,
    /** The content is still online. */
    STILL_ONLINE;

    /** {@return whether the report has not (yet) helped: no answer, refused, or the content still online} */
    public boolean isUnresolved() {
        return this == NO_RESPONSE || this == REFUSED || this == STILL_ONLINE;
    }
}
