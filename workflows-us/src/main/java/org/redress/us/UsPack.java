package org.redress.us;

import java.util.List;
import java.util.Map;
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
import org.redress.us.internal.Catalog;
import org.redress.us.internal.Documents;
import org.redress.us.internal.UsPlanner;

/**
 * The United States pack: federal routes for every {@code US} and {@code US-xx} jurisdiction, and state protective
 * orders and offences for California, New York, Texas, Florida and Illinois. For another state the plan keeps the
 * federal routes and says plainly that the state's protective order is not covered yet.
 *
 * <pre>{@code
 * Plan plan = Planner.load().plan(myCase, PlanningContext.now());   // finds this pack on the path
 * }</pre>
 *
 * Thread-safe; holds no per-case state.
 *
 * @since 1.0
 */
public final class UsPack implements JurisdictionPack {

    private static final List<DocumentKind> KINDS = List.of(
            DocumentKind.of(UsDocumentKinds.HARASSMENT_LOG, "Harassment log",
                    "Every incident in date order, with the person's own account and the harasser's words."),
            DocumentKind.of(UsDocumentKinds.EVIDENCE_SCHEDULE, "Evidence schedule",
                    "The exhibits (Exhibit A, B, ...) with their sources, capture times and SHA-256 digests."),
            DocumentKind.of(UsDocumentKinds.POLICE_REPORT_SUMMARY, "Summary for a police report",
                    "The person, the harasser, what happened and what it may amount to, to bring to the police."),
            DocumentKind.of(UsDocumentKinds.IC3_WORKSHEET, "IC3 complaint worksheet",
                    "The IC3 form's sections: victim, financial transactions, subject, description."),
            DocumentKind.of(UsDocumentKinds.TAKE_IT_DOWN_REQUEST, "TAKE IT DOWN Act removal request",
                    "A removal request with the four elements of 47 U.S.C. § 223a; refused when one is missing."),
            DocumentKind.of(UsDocumentKinds.DMCA_NOTICE, "DMCA takedown notice",
                    "A notice with the six elements of 17 U.S.C. § 512(c)(3)(A); refused when one is missing."),
            DocumentKind.of(UsDocumentKinds.CEASE_AND_DESIST, "Cease-and-desist letter",
                    "A letter to the harasser; never shows the person's address or contact details."),
            DocumentKind.of(UsDocumentKinds.PROTECTIVE_ORDER_PETITION, "Protective order petition (content)",
                    "The items of the covered state's petition (for California, form CH-100 or DV-100)."),
            DocumentKind.of(UsDocumentKinds.FRE_902_14_CERTIFICATION, "FRE 902(14) certification",
                    "Certification of copied data by hash, declared under 28 U.S.C. § 1746."));

    /**
     * The pack (as {@link java.util.ServiceLoader} creates it). Its data is read when first needed, not when the pack
     * is found: the service loader creates every pack on the path, and a case needs only its own jurisdiction's.
     */
    public UsPack() {
    }

    /** The catalog and the planner, read on first use. */
    private static final class Loaded {
        static final Catalog CATALOG = Catalog.get();
        static final UsPlanner PLANNER = new UsPlanner(CATALOG);
    }

    @Override
    public String id() {
        return "us";
    }

    @Override
    public String name() {
        return "United States";
    }

    /** Every {@code US} and {@code US-xx} jurisdiction: federal routes everywhere, state routes where covered. */
    @Override
    public boolean covers(Jurisdiction jurisdiction) {
        return jurisdiction.country().equals("US");
    }

    @Override
    public List<Route> routes() {
        return Loaded.CATALOG.routes();
    }

    @Override
    public List<Warning> warnings() {
        return Loaded.CATALOG.warnings();
    }

    @Override
    public List<DocumentKind> documentKinds() {
        return KINDS;
    }

    @Override
    public Plan plan(Case c, PlanningContext context) {
        if (!covers(c.jurisdiction())) {
            throw new UnsupportedJurisdictionException(c.jurisdiction());
        }
        return Loaded.PLANNER.plan(c, context);
    }

    @Override
    public Optional<ReportDocument> buildDocument(String kind, Case c, Plan plan, DocumentOptions options) {
        return Documents.build(kind, c, plan, options);
    }

    /**
     * An FRE 902(14) certification that records the copies actually produced: {@code copySha256} maps evidence ids
     * to the SHA-256 (hex) of the copy. Items without a copy's digest are listed as missing.
     *
     * @param c the case whose evidence was copied
     * @param copySha256 evidence id to the SHA-256 (hex) of the copy produced
     * @param options how the document is addressed and what it shows
     * @return the certification, for the custodian or qualified person to sign
     * @throws org.redress.core.InvalidDataException when a copy's digest differs from the original's
     */
    public ReportDocument fre90214Certification(Case c, Map<String, String> copySha256, DocumentOptions options) {
        return Documents.fre90214(c, copySha256, options);
    }
}
