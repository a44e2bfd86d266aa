package org.redress.core.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.redress.core.InvalidDataException;
import org.redress.core.document.ReportDocument;
import org.redress.core.model.Case;
import org.redress.core.model.Jurisdiction;
import org.redress.core.route.Route;
import org.redress.core.route.RouteKind;

/**
 * Plans cases with the jurisdiction packs available, and applies the host app's own routes.
 *
 * <pre>{@code
 * Planner planner = Planner.load();                 // finds redress-workflows-uk, -us, ... on the path
 * Plan plan = planner.plan(myCase, PlanningContext.now());
 * List<ReportDocument> docs = planner.documents(myCase, plan, DocumentOptions.defaults());
 * }</pre>
 *
 * Thread-safe and immutable.
 *
 * @since 1.0
 */
public final class Planner {

    private final List<JurisdictionPack> packs;

    private Planner(List<JurisdictionPack> packs) {
        this.packs = List.copyOf(packs);
    }

    /** {@return a planner with every pack {@link ServiceLoader} finds, ordered by pack id} */
    public static Planner load() {
        List<JurisdictionPack> found = new ArrayList<>();
        ServiceLoader.load(JurisdictionPack.class).forEach(found::add);
        found.sort(Comparator.comparing(JurisdictionPack::id));
        return new Planner(found);
    }

    /**
     * {@return a planner with these packs}
     *
     * @param packs the packs, in the order {@link #packFor} tries them
     */
    public static Planner of(JurisdictionPack... packs) {
        return new Planner(List.of(packs));
    }

    /** {@return the packs, in order} */
    public List<JurisdictionPack> packs() {
        return packs;
    }

    /**
     * Finds the pack for a jurisdiction.
     *
     * @param jurisdiction the case's jurisdiction
     * @return the first pack, in the order of {@link #packs()}, that {@link JurisdictionPack#covers covers} it;
     *     empty when none does
     */
    public Optional<JurisdictionPack> packFor(Jurisdiction jurisdiction) {
        return packs.stream().filter(p -> p.covers(jurisdiction)).findFirst();
    }

    /**
     * Plans a case with its jurisdiction's pack, then applies the context's route overrides and extra support.
     *
     * @param c the case to plan
     * @param context the moment of planning and the host's route overrides and extra support
     * @return the plan, with the host's overrides and extra support applied
     * @throws UnsupportedJurisdictionException when no pack covers the case's jurisdiction
     */
    public Plan plan(Case c, PlanningContext context) {
        Objects.requireNonNull(c, "c (the case) must not be null");
        Objects.requireNonNull(context, "context must not be null");
        JurisdictionPack pack = packFor(c.jurisdiction())
                .orElseThrow(() -> new UnsupportedJurisdictionException(c.jurisdiction()));
        return applyHostRoutes(pack.plan(c, context), c, context);
    }

    /**
     * Builds every document the plan's steps use, in step order, each once.
     *
     * @param c the case the plan was made for
     * @param plan the case's plan
     * @param options how the documents are addressed and what they show
     * @return the documents the plan's steps name, in step order
     * @throws InvalidDataException when a document cannot be built from the case (the problems name what is
     *     missing)
     * @throws UnsupportedJurisdictionException when no pack covers the case's jurisdiction
     */
    public List<ReportDocument> documents(Case c, Plan plan, DocumentOptions options) {
        Objects.requireNonNull(c, "c (the case) must not be null");
        Objects.requireNonNull(plan, "plan must not be null");
        Objects.requireNonNull(options, "options must not be null");
        JurisdictionPack pack = packFor(c.jurisdiction())
                .orElseThrow(() -> new UnsupportedJurisdictionException(c.jurisdiction()));
        List<String> kinds = new ArrayList<>();
        plan.steps().forEach(s -> s.documentKinds().forEach(k -> {
            if (!kinds.contains(k)) {
                kinds.add(k);
            }
        }));
        List<ReportDocument> docs = new ArrayList<>();
        for (String kind : kinds) {
            pack.buildDocument(kind, c, plan, options).ifPresent(docs::add);
        }
        return docs;
    }

    static Plan applyHostRoutes(Plan plan, Case c, PlanningContext context) {
        if (context.routeOverrides().isEmpty() && context.extraSupport().isEmpty()) {
            return plan;
        }
        List<PlanStep> steps = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            Optional<Route> override = context.override(step.routeId());
            steps.add(override.isPresent()
                    ? ImmutablePlanStep.copyOf(step).withRoute(override.get())
                            .withUnverifiedNotes(override.get().unverifiedNotes())
                    : step);
        }
        for (Route extra : context.extraSupport()) {
            boolean serves = extra.jurisdictions().contains(c.jurisdiction())
                    || extra.jurisdictions().stream().anyMatch(j -> j.subdivision().isEmpty()
                            && j.country().equals(c.jurisdiction().country()));
            boolean support = extra.kind() == RouteKind.HELPLINE || extra.kind() == RouteKind.SUPPORT;
            if (serves && support && plan.step(extra.id()).isEmpty()) {
                steps.add(PlanStep.builder()
                        .routeId(extra.id())
                        .phase(StepPhase.SUPPORT)
                        .route(extra)
                        .addReasons(Reason.of("Offered by the service helping you."))
                        .unverifiedNotes(extra.unverifiedNotes())
                        .build());
            }
        }
        return ImmutablePlan.copyOf(plan).withSteps(steps);
    }
}
