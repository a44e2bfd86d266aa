package org.redress.core.route;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

/**
 * What kind of law a legal basis is. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum LegalBasisKind {
    /** A criminal offence the conduct may amount to. */
    CRIMINAL_OFFENCE,
    /** A civil claim the person may bring. */
    CIVIL_CLAIM,
    /** A court order the person (or the police) may seek. */
    CIVIL_ORDER,
    /** A duty the law places on a platform or body. */
    STATUTORY_DUTY,
    /** A rule of procedure or evidence. */
    PROCEDURE
}
