package org.redress.core.plan;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

/**
 * How serious a warning is. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum Severity {
    /** Ignoring it can put the person in danger or break the law. */
    CRITICAL,
    /** It changes what the person should do. */
    IMPORTANT,
    /** Good to know. */
    INFO
}
