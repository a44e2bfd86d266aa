package org.redress.uk.internal.docs;

import java.util.Optional;
import org.redress.core.document.ReportDocument;
import org.redress.core.model.Case;
import org.redress.core.plan.DocumentOptions;
import org.redress.uk.UkDocumentKinds;
import org.redress.uk.internal.RouteData;

/** Builds the UK pack's documents by kind. Stateless and thread-safe. */
public final class UkDocumentBuilders {

    private final RouteData data;

    /** Builders over the pack's data. */
    public UkDocumentBuilders(RouteData data) {
        this.data = data;
    }

    /** The document of this kind, or empty when the kind is not the UK pack's. */
    public Optional<ReportDocument> build(String kind, Case c, DocumentOptions options) {
        switch (kind) {
            case UkDocumentKinds.HARASSMENT_LOG:
                return Optional.of(LogAndSchedule.harassmentLog(c, options));
            case UkDocumentKinds.EVIDENCE_SCHEDULE:
                return Optional.of(LogAndSchedule.evidenceSchedule(c, options));
            case UkDocumentKinds.MG11_WITNESS_STATEMENT:
                return Optional.of(Statements.mg11(c, options));
            case UkDocumentKinds.REPORT_FRAUD_SUMMARY:
                return Optional.of(Reports.reportFraudSummary(c, options));
            case UkDocumentKinds.PLATFORM_REPORT:
                return Optional.of(Reports.platformReports(c, data, options, Optional.empty()));
            case UkDocumentKinds.OFCOM_NOTIFICATION:
                return Optional.of(Reports.ofcomNotification(c, options));
            case UkDocumentKinds.CIVIL_INJUNCTION_PACK:
                return Optional.of(InjunctionPack.build(c, options));
            default:
                return Optional.empty();
        }
    }

    /** The platform report for one incident. */
    public ReportDocument platformReport(Case c, String incidentId, DocumentOptions options) {
        if (c.incident(incidentId).isEmpty()) {
            throw new IllegalArgumentException("the case has no incident with the id given");
        }
        return Reports.platformReports(c, data, options, Optional.of(incidentId));
    }
}
