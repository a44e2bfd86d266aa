package org.redress.us;

/**
 * The United States pack's route ids. They are public API: an id never changes meaning once published.
 *
 * @since 1.0
 */
public final class UsRouteIds {

    /** 911. */
    public static final String EMERGENCY = "us.emergency";
    /** The local police or sheriff. */
    public static final String POLICE = "us.police";
    /** The FBI (tips.fbi.gov, 1-800-CALL-FBI). */
    public static final String FBI = "us.fbi";
    /** The FBI's Internet Crime Complaint Center. */
    public static final String IC3 = "us.ic3";
    /** NCMEC's CyberTipline. */
    public static final String NCMEC_CYBERTIPLINE = "us.ncmec-cybertipline";
    /** NCMEC's Take It Down hashing service (images taken under 18). */
    public static final String NCMEC_TAKE_IT_DOWN = "us.ncmec-take-it-down";
    /** StopNCII.org (adults' intimate images, hashed on the person's own device). */
    public static final String STOPNCII = "us.stopncii";
    /** A report to the platform. */
    public static final String PLATFORM_REPORT = "us.platform-report";
    /** A TAKE IT DOWN Act removal request to a covered platform. */
    public static final String TAKE_IT_DOWN_REQUEST = "us.take-it-down-request";
    /** A complaint to the FTC after a covered platform missed its 48 hours. */
    public static final String FTC_COMPLAINT = "us.ftc-complaint";
    /** A DMCA takedown notice, when the person owns the copyright. */
    public static final String DMCA_NOTICE = "us.dmca-notice";
    /** A cease-and-desist letter. */
    public static final String CEASE_AND_DESIST = "us.cease-and-desist";
    /** The state's civil protective order. */
    public static final String PROTECTIVE_ORDER = "us.protective-order";
    /** A civil claim with an attorney. */
    public static final String CIVIL_CLAIM = "us.civil-claim";
    /** The 988 Suicide &amp; Crisis Lifeline. */
    public static final String SUPPORT_988 = "us.support.988";
    /** Crisis Text Line. */
    public static final String SUPPORT_CRISIS_TEXT_LINE = "us.support.crisis-text-line";
    /** The Cyber Civil Rights Initiative's Image Abuse Helpline. */
    public static final String SUPPORT_CCRI = "us.support.ccri";
    /** The National Domestic Violence Hotline. */
    public static final String SUPPORT_NATIONAL_DV_HOTLINE = "us.support.national-dv-hotline";
    /** Childhelp National Child Abuse Hotline: support for children and teens (and adults worried about them). */
    public static final String SUPPORT_CHILDHELP = "us.support.childhelp";
    /** love is respect: the dating abuse helpline for teens and young adults. */
    public static final String SUPPORT_LOVE_IS_RESPECT = "us.support.love-is-respect";
    /** Taking back and securing accounts and devices after an account takeover. */
    public static final String ACCOUNT_SECURITY = "us.account-security";

    private UsRouteIds() {
    }
}
