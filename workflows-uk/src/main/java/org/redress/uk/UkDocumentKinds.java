package org.redress.uk;

import java.util.List;

/**
 * The ids of the documents the UK pack builds. Public API.
 *
 * @since 1.0
 */
public final class UkDocumentKinds {

    /** The harassment log: a timeline of incidents. */
    public static final String HARASSMENT_LOG = "uk.harassment-log";
    /** The evidence schedule: exhibits labelled like {@code JS/1}, with hashes and custody summary. */
    public static final String EVIDENCE_SCHEDULE = "uk.evidence-schedule";
    /** A police witness statement draft in the MG11 structure (England and Wales). */
    public static final String MG11_WITNESS_STATEMENT = "uk.mg11-witness-statement";
    /** A summary for a report to Report Fraud. */
    public static final String REPORT_FRAUD_SUMMARY = "uk.report-fraud-summary";
    /** Platform reports, one section per incident. */
    public static final String PLATFORM_REPORT = "uk.platform-report";
    /** A notification to Ofcom. */
    public static final String OFCOM_NOTIFICATION = "uk.ofcom-notification";
    /** A civil injunction pack draft: N208 claim details, N16A fields, PD 32 witness statement (England and Wales). */
    public static final String CIVIL_INJUNCTION_PACK = "uk.civil-injunction-pack";

    /** Every document kind id. */
    public static final List<String> ALL = List.of(HARASSMENT_LOG, EVIDENCE_SCHEDULE, MG11_WITNESS_STATEMENT,
            REPORT_FRAUD_SUMMARY, PLATFORM_REPORT, OFCOM_NOTIFICATION, CIVIL_INJUNCTION_PACK);

    private UkDocumentKinds() {
    }
}
