package org.redress.core.model;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

/**
 * Who made an image. It decides who holds the copyright: only an image the person made themself gives them a
 * copyright notice (such as a DMCA notice) to send. JSON names are camelCase.
 *
 * @since 1.1
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum ImageMaker {
    /** The person took or made it themself (a selfie, for example). */
    PERSON,
    /** Someone else took or made it. */
    SOMEONE_ELSE,
    /** It was generated or altered with AI or editing software (a deepfake). */
    AI_GENERATED,
    /** Not known. */
    UNKNOWN
}
