package org.redress.core.document;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

/**
 * How prominent a notice is. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum NoticeLevel {
    /** Background information. */
    INFO,
    /** Something the reader must know (such as: this is not legal advice). */
    IMPORTANT,
    /** A safety warning or an unverified fact. */
    WARNING
}
