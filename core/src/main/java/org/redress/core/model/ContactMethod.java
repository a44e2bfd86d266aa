package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import com.fasterxml.jackson.databind.EnumNamingStrategies;

/**
 * A safe way to contact the person. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum ContactMethod {
    /** A phone call. */
    PHONE_CALL,
    /** A text message. */
    TEXT_MESSAGE,
    /** An e-mail. */
    EMAIL,
    /** A letter. */
    POST,
    /** Through their advocate or caseworker. */
    THROUGH_ADVOCATE,
    /** In person. */
    IN_PERSON
}
