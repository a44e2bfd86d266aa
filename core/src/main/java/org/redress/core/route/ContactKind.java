package org.redress.core.route;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

/**
 * How to reach a route. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum ContactKind {
    /** A phone number to call. */
    PHONE,
    /** A number or short code to text. */
    TEXT,
    /** A website or online form. */
    WEB,
    /** An e-mail address. */
    EMAIL,
    /** A report made inside the platform's app. */
    IN_APP,
    /** A postal address. */
    POST,
    /** In person, such as at a police station or court. */
    IN_PERSON
}
