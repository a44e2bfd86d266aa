package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import com.fasterxml.jackson.databind.EnumNamingStrategies;

/**
 * What kind of thing a piece of evidence is. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum EvidenceKind {
    /** A screenshot. */
    SCREENSHOT,
    /** A screen recording. */
    SCREEN_RECORDING,
    /** A web archive (WARC, WACZ). */
    WEB_ARCHIVE,
    /** The page's HTML source. */
    PAGE_SOURCE,
    /** An export of messages or a chat. */
    MESSAGE_EXPORT,
    /** An e-mail with its headers. */
    EMAIL,
    /** A photograph or image file. */
    IMAGE,
    /** A video file. */
    VIDEO,
    /** An audio recording or voicemail. */
    AUDIO,
    /** A document (letter, PDF). */
    DOCUMENT,
    /** Anything else. */
    OTHER
}
