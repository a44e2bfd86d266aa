package org.redress.core.document;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

/**
 * Where a fact in a document came from: documents say which facts are the case record's and which the person's own account. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum FactOrigin {
    /** From the case record (dates, URLs, hashes, references). */
    CASE_RECORD,
    /** The person's own account, in their words. */
    PERSONS_ACCOUNT,
    /** The harasser's words, quoted exactly. */
    VERBATIM,
    /** Text the library generated (headings, explanations, legal references). */
    GENERATED,
    /** Left for the person to complete. */
    TO_COMPLETE
}
