package org.redress.core.plan;

import java.util.List;
import java.util.Optional;
import org.redress.core.document.ReportDocument;
import org.redress.core.model.Case;
import org.redress.core.model.Jurisdiction;
import org.redress.core.route.Route;

/**
 * A jurisdiction pack: the routes of one country or group of jurisdictions as data, the rules that turn a case into
 * a plan, and the builders of the documents its routes take.
 *
 * <p>Packs are found through {@link java.util.ServiceLoader}: declare {@code provides
 * org.redress.core.plan.JurisdictionPack with ...} in {@code module-info.java} and list the class in
 * {@code META-INF/services/org.redress.core.plan.JurisdictionPack}. Every pack passes the compatibility kit in
 * {@code redress-tck}.
 *
 * <p>Implementations are thread-safe and hold no per-case state. Planning is total and deterministic: every valid
 * case in a covered jurisdiction yields a plan, the same plan every time for the same case and context.
 *
 * @since 1.0
 */
public interface JurisdictionPack {

    /** {@return the pack's id, such as {@code uk} or {@code us}; route ids start with it} */
    String id();

    /** {@return the pack's name, such as "United Kingdom"} */
    String name();

    /**
     * {@return whether the pack plans for cases in this jurisdiction}
     *
     * @param jurisdiction a case's jurisdiction
     */
    boolean covers(Jurisdiction jurisdiction);

    /** {@return every route the pack knows, in a stable order} */
    List<Route> routes();

    /** {@return every warning the pack can attach to a plan, in a stable order} */
    List<Warning> warnings();

    /** {@return every kind of document the pack builds} */
    List<DocumentKind> documentKinds();

    /**
     * Plans a case. The case's jurisdiction is covered by this pack.
     *
     * @param c the case; valid, and in a jurisdiction this pack covers
     * @param context the moment of planning and the host's routes; the caller ({@link Planner}) applies overrides
     *     and extra support to the result, so a pack may ignore them
     * @return the plan: steps in order, each with its reasons, warnings and documents
     */
    Plan plan(Case c, PlanningContext context);

    /**
     * Builds one document for a case.
     *
     * @param kind one of {@link #documentKinds()}
     * @param c the case the document is for
     * @param plan the case's plan from this pack
     * @param options how the document is addressed and what it shows
     * @return the document (complete, or listing what is missing); empty when the kind is not this pack's
     * @throws org.redress.core.InvalidDataException when the document cannot be built lawfully from the case
     *     (for example a removal request lacking a statutory element), naming what is missing
     */
    Optional<ReportDocument> buildDocument(String kind, Case c, Plan plan, DocumentOptions options);

    /**
     * {@return the route with this id, if the pack has it}
     *
     * @param id a route id, such as {@code uk.police}
     */
    default Optional<Route> route(String id) {
        return routes().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * {@return the warning with this id, if the pack has it}
     *
     * @param id a warning id
     */
    default Optional<Warning> warning(String id) {
        return warnings().stream().filter(w -> w.id().equals(id)).findFirst();
    }
}
