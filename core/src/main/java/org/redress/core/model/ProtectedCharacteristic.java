package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import com.fasterxml.jackson.databind.EnumNamingStrategies;

/**
 * A characteristic that identity-based or hate harassment targeted. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum ProtectedCharacteristic {
    /** Race, colour, nationality or ethnic origin. */
    RACE,
    /** Religion or belief. */
    RELIGION,
    /** Sexual orientation. */
    SEXUAL_ORIENTATION,
    /** Disability. */
    DISABILITY,
    /** Transgender identity. */
    TRANSGENDER_IDENTITY,
    /** Sex or gender. */
    SEX_OR_GENDER,
    /** Age. */
    AGE,
    /** Another characteristic. */
    OTHER
}
