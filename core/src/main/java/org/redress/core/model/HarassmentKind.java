package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import com.fasterxml.jackson.databind.EnumNamingStrategies;

/**
 * What kind of harassment an incident was. An incident may be several kinds at once. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum HarassmentKind {
    /** Bullying: insults, humiliation, exclusion. */
    BULLYING,
    /** A threat of violence. */
    THREAT_OF_VIOLENCE,
    /** A threat of sexual violence. */
    THREAT_OF_SEXUAL_VIOLENCE,
    /** A threat to kill. */
    DEATH_THREAT,
    /**
     * A threat that is not of violence: to expose, to share images, to report falsely, to get the person sacked.
     * @since 1.1
     */
    THREAT_OTHER,
    /** Sharing, or threatening to share, intimate images without consent. */
    NON_CONSENSUAL_INTIMATE_IMAGE,
    /** Fake or altered intimate images (deepfakes). */
    DEEPFAKE_INTIMATE_IMAGE,
    /** Sending unwanted sexual images. */
    CYBERFLASHING,
    /** Publishing private information such as an address. */
    DOXXING,
    /** Pretending to be the person, or a fake profile in their name. */
    IMPERSONATION,
    /** Spreading rumours or false statements about the person. */
    RUMOURS_OR_DEFAMATION,
    /** Deliberately provocative or disruptive abuse. */
    TROLLING,
    /** Harassment because of a protected characteristic (see Incident.protectedCharacteristics). */
    HATE,
    /** False reports about the person to platforms, employers or authorities. */
    FALSE_REPORTING,
    /** Abuse made with generative AI (text, images, voice). */
    AI_GENERATED_ABUSE,
    /** Breaking into the person's accounts or devices. */
    HACKING_OR_ACCOUNT_COMPROMISE,
    /** Demands (money, images, acts) under threat, including sextortion. */
    SEXTORTION_OR_BLACKMAIL,
    /** Stalking, tracking or monitoring the person's activity or location. */
    STALKING_OR_MONITORING,
    /** Many people harassing at once (a pile-on). */
    PILE_ON,
    /** Encouraging the person to harm themselves. */
    ENCOURAGING_SELF_HARM,
    /** Another kind, described in the person's account. */
    OTHER;

    /** {@return whether this is a threat of violence: of violence, of sexual violence, or to kill} */
    public boolean isViolentThreat() {
        return this == THREAT_OF_VIOLENCE || this == THREAT_OF_SEXUAL_VIOLENCE || this == DEATH_THREAT;
    }
}
