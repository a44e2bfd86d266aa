package org.redress.us;

/**
 * The United States pack's document kind ids. They are public API.
 *
 * @since 1.0
 */
public final class UsDocumentKinds {

    /** The harassment log: every incident in date order. */
    public static final String HARASSMENT_LOG = "us.harassment-log";
    /** The evidence schedule, with exhibit labels Exhibit A, Exhibit B, ... */
    public static final String EVIDENCE_SCHEDULE = "us.evidence-schedule";
    /** A summary to bring to the police. */
    public static final String POLICE_REPORT_SUMMARY = "us.police-report-summary";
    /** A worksheet for an IC3 complaint (victim, financial transactions, subject, description). */
    public static final String IC3_WORKSHEET = "us.ic3-worksheet";
    /** A TAKE IT DOWN Act removal request with its four statutory elements. */
    public static final String TAKE_IT_DOWN_REQUEST = "us.take-it-down-request";
    /** A DMCA notice with the six elements of 17 U.S.C. § 512(c)(3)(A). */
    public static final String DMCA_NOTICE = "us.dmca-notice";
    /** A cease-and-desist letter. */
    public static final String CEASE_AND_DESIST = "us.cease-and-desist-letter";
    /** The content of a protective order petition for the case's state. */
    public static final String PROTECTIVE_ORDER_PETITION = "us.protective-order-petition";
    /** A certification under Federal Rule of Evidence 902(14). */
    public static final String FRE_902_14_CERTIFICATION = "us.fre-902-14-certification";

    private UsDocumentKinds() {
    }
}
