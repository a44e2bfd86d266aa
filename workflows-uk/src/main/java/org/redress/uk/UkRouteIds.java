package org.redress.uk;

import java.util.List;

/**
 * The UK pack's route ids. Public API: an id never changes meaning once published.
 *
 * @since 1.0
 */
public final class UkRouteIds {

    /** Emergency services, 999. */
    public static final String EMERGENCY = "uk.emergency";
    /** Preserving evidence before reporting (the evidence phase). */
    public static final String PRESERVE_EVIDENCE = "uk.preserve-evidence";
    /** Taking back and securing accounts and devices after an account takeover. */
    public static final String SECURE_ACCOUNTS = "uk.secure-accounts";
    /** The police: local forces in England and Wales, Police Scotland, PSNI. */
    public static final String POLICE = "uk.police";
    /** Report Fraud (formerly Action Fraud): England, Wales and Northern Ireland only. */
    public static final String REPORT_FRAUD = "uk.report-fraud";
    /** Internet Watch Foundation: child sexual abuse material. */
    public static final String IWF = "uk.iwf";
    /** CEOP Safety Centre (National Crime Agency): online sexual abuse of under-18s, including sextortion. */
    public static final String CEOP = "uk.ceop";
    /** Reports to platforms and hosting providers. */
    public static final String PLATFORM_REPORT = "uk.platform-report";
    /** Revenge Porn Helpline (adults). */
    public static final String REVENGE_PORN_HELPLINE = "uk.revenge-porn-helpline";
    /** Report Remove (Childline and IWF; under-18s' own images). */
    public static final String REPORT_REMOVE = "uk.report-remove";
    /** Report Harmful Content (after a platform report fails). */
    public static final String REPORT_HARMFUL_CONTENT = "uk.report-harmful-content";
    /** Ofcom, told for intelligence. */
    public static final String OFCOM = "uk.ofcom";
    /** Stalking Protection Order, applied for by the police (England and Wales, Northern Ireland). */
    public static final String STALKING_PROTECTION_ORDER = "uk.stalking-protection-order";
    /** Civil injunction (England and Wales: PHA 1997 s.3; Northern Ireland's equivalent). */
    public static final String CIVIL_INJUNCTION = "uk.civil-injunction";
    /** Non-harassment order or interdict (Scotland). */
    public static final String NON_HARASSMENT_ORDER = "uk.non-harassment-order";
    /** Samaritans. */
    public static final String SAMARITANS = "uk.support.samaritans";
    /** Shout (text support). */
    public static final String SHOUT = "uk.support.shout";
    /** Childline (NSPCC): under-19s. */
    public static final String CHILDLINE = "uk.support.childline";
    /** National Stalking Helpline. */
    public static final String NATIONAL_STALKING_HELPLINE = "uk.support.national-stalking-helpline";
    /** Paladin National Stalking Advocacy Service. */
    public static final String PALADIN = "uk.support.paladin";
    /** Victim Support (England and Wales). */
    public static final String VICTIM_SUPPORT = "uk.support.victim-support";
    /** National Domestic Abuse Helpline (Refuge). */
    public static final String NATIONAL_DOMESTIC_ABUSE_HELPLINE = "uk.support.national-domestic-abuse-helpline";
    /** Galop (LGBT+ abuse). */
    public static final String GALOP = "uk.support.galop";
    /** The Cyber Helpline. */
    public static final String CYBER_HELPLINE = "uk.support.cyber-helpline";

    /** Every route id, in the pack's order. */
    public static final List<String> ALL = List.of(EMERGENCY, PRESERVE_EVIDENCE, SECURE_ACCOUNTS, POLICE, REPORT_FRAUD,
            IWF, CEOP, PLATFORM_REPORT, REVENGE_PORN_HELPLINE, REPORT_REMOVE, REPORT_HARMFUL_CONTENT, OFCOM,
            STALKING_PROTECTION_ORDER, CIVIL_INJUNCTION, NON_HARASSMENT_ORDER, SAMARITANS, SHOUT, CHILDLINE,
            NATIONAL_STALKING_HELPLINE, PALADIN, VICTIM_SUPPORT, NATIONAL_DOMESTIC_ABUSE_HELPLINE, GALOP,
            CYBER_HELPLINE);

    private UkRouteIds() {
    }
}
