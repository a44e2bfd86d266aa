package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import com.fasterxml.jackson.databind.EnumNamingStrategies;

/**
 * Where an incident happened. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum Channel {
    /** A social network (posts, comments, profiles). */
    SOCIAL_MEDIA,
    /** Private or group messaging. */
    MESSAGING,
    /** E-mail. */
    EMAIL,
    /** A forum or community board. */
    FORUM,
    /** An online game or gaming platform. */
    GAMING,
    /** Phone calls or text messages. */
    PHONE_OR_SMS,
    /** A website or blog. */
    WEBSITE,
    /** Anywhere else. */
    OTHER
}
