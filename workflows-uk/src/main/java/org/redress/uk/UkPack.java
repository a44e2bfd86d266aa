package org.redress.uk;

import java.util.List;
import java.util.Optional;
import org.redress.core.document.ReportDocument;
import org.redress.core.model.Case;
import org.redress.core.model.Jurisdiction;
import org.redress.core.plan.DocumentKind;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.JurisdictionPack;
import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanningContext;
import org.redress.core.plan.UnsupportedJurisdictionException;
import org.redress.core.plan.Warning;
import org.redress.core.route.Route;
import org.redress.uk.internal.Nation;
import org.redress.uk.internal.RouteData;
import org.redress.uk.internal.UkPlanner;
import org.redress.uk.internal.Warnings;
import org.redress.uk.internal.docs.UkDocumentBuilders;

/**
 * The United Kingdom jurisdiction pack: England and Wales ({@code GB-ENG}, {@code GB-WLS}), Scotland
 * ({@code GB-SCT}) and Northern Ireland ({@code GB-NIR}), each with its own law.
 *
 * <p>Found by {@link java.util.ServiceLoader}; normally used through {@link org.redress.core.plan.Planner}:
 *
 * <pre>{@code
 * Plan plan = Planner.load().plan(myCase, PlanningContext.now());
 * }</pre>
 *
 * <p>Route, warning and document kind ids are listed in {@link UkRouteIds}, {@link UkWarnings} and
 * {@link UkDocumentKinds}. Thread-safe; holds no per-case state.
 *
 * @since 1.0
 */
public final class UkPack implements JurisdictionPack {

    /** The pack's id, the prefix of its route ids. */
    public static final String ID = "uk";

    private static final List<DocumentKind> KINDS = List.of(
            DocumentKind.of(UkDocumentKinds.HARASSMENT_LOG, "Harassment log",
                    "A timeline of the incidents, with where they happened and the exhibits that show them."),
            DocumentKind.of(UkDocumentKinds.EVIDENCE_SCHEDULE, "Schedule of exhibits",
                    "Every piece of evidence labelled in the English style (such as JS/1), with its SHA-256 hash and "
                            + "a summary of its capture and custody."),
            DocumentKind.of(UkDocumentKinds.MG11_WITNESS_STATEMENT, "Witness statement draft (MG11 structure)",
                    "A police witness statement draft for England and Wales with the Criminal Justice Act 1967 s.9 "
                            + "declaration."),
            DocumentKind.of(UkDocumentKinds.REPORT_FRAUD_SUMMARY, "Report Fraud summary",
                    "The demands and payments to give Report Fraud (formerly Action Fraud)."),
            DocumentKind.of(UkDocumentKinds.PLATFORM_REPORT, "Platform reports",
                    "One report per incident: where it is, the category to choose, and what happened."),
            DocumentKind.of(UkDocumentKinds.OFCOM_NOTIFICATION, "Notification to Ofcom",
                    "What was reported to the platform and how it responded, for Ofcom's information."),
            DocumentKind.of(UkDocumentKinds.CIVIL_INJUNCTION_PACK, "Civil injunction pack (draft)",
                    "England and Wales: the N208 claim details, the N16A application fields and a Practice Direction "
                            + "32 witness statement for an injunction under the Protection from Harassment Act 1997 "
                            + "s.3."));

    /** The pack. Its data is read from the module's resources when first needed, not when the pack is found. */
    public UkPack() {
    }

    /**
     * The data and the planner, read on first use: {@link java.util.ServiceLoader} creates every pack on the path,
     * and a case needs only its own jurisdiction's.
     */
    private static final class Loaded {
        static final RouteData DATA = RouteData.get();
        static final UkPlanner PLANNER = new UkPlanner(DATA);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "United Kingdom";
    }

    @Override
    public boolean covers(Jurisdiction jurisdiction) {
        return Nation.of(jurisdiction).isPresent();
    }

    @Override
    public List<Route> routes() {
        return Loaded.DATA.routes();
    }

    @Override
    public List<Warning> warnings() {
        return Warnings.ALL;
    }

    @Override
    public List<DocumentKind> documentKinds() {
        return KINDS;
    }

    /**
     * How to report on each platform this pack knows, and to websites' hosting providers (key {@code hosting}).
     *
     * @return the guides, one per platform key, in the order of the pack's data
     */
    public List<PlatformGuide> platformGuides() {
        return Loaded.DATA.platforms();
    }

    /**
     * {@inheritDoc}
     *
     * @throws UnsupportedJurisdictionException when the case is not in GB-ENG, GB-WLS, GB-SCT or GB-NIR
     */
    @Override
    public Plan plan(Case c, PlanningContext context) {
        Nation nation = Nation.of(c.jurisdiction())
                .orElseThrow(() -> new UnsupportedJurisdictionException(c.jurisdiction()));
        return Loaded.PLANNER.plan(c, nation, ID, context);
    }

    @Override
    public Optional<ReportDocument> buildDocument(String kind, Case c, Plan plan, DocumentOptions options) {
        return new UkDocumentBuilders(Loaded.DATA).build(kind, c, options);
    }

    /**
     * The platform report for one incident.
     *
     * @param c the case
     * @param incidentId the id of one of the case's incidents
     * @param options how the document is addressed and what it shows
     * @return the report to send to the incident's platform (complete, or listing what is missing)
     * @throws IllegalArgumentException when the case has no incident with this id
     */
    public ReportDocument platformReport(Case c, String incidentId, DocumentOptions options) {
        return new UkDocumentBuilders(Loaded.DATA).platformReport(c, incidentId, options);
    }
}
