package org.redress.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.model.Jurisdiction;
import org.redress.core.validation.Validated;
import org.redress.core.validation.Validation;

/**
 * An ordered plan for one case: safety first, then preserving evidence, then the routes that apply, then support.
 * Every step says why it applies; warnings have stable ids; the plan says it is not legal advice.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlan.class)
@JsonDeserialize(as = ImmutablePlan.class)
public abstract class Plan implements Validated {

    /** The text every plan carries. */
    public static final String NOT_LEGAL_ADVICE = "This plan is general information to help you decide what to do. "
            + "It is not legal advice. Where it says conduct \"may amount to\" an offence, only the police, "
            + "prosecutors and courts decide whether it does. For advice on your situation, speak to a lawyer or "
            + "one of the support services listed.";

    /** The case's id. */
    @NotBlank
    public abstract String getCaseId();

    /** The case's jurisdiction. */
    @NotNull
    public abstract Jurisdiction getJurisdiction();

    /** The id of the pack that made the plan, such as {@code uk}. */
    @NotBlank
    public abstract String getPackId();

    /** The moment the plan was made for (deadlines are computed from it). */
    @NotNull
    public abstract OffsetDateTime getAsOf();

    /** The steps, in order. */
    @NotNull
    public abstract List<@NotNull @Valid PlanStep> getSteps();

    /** The warnings, most serious first. */
    @NotNull
    public abstract List<@NotNull @Valid Warning> getWarnings();

    /** That the plan is not legal advice. */
    @Value.Default
    @Size(min = 1, max = 2000)
    public String getDisclaimer() {
        return NOT_LEGAL_ADVICE;
    }

    /**
     * {@return the step for a route, if the plan has one}
     *
     * @param routeId a route id, such as {@code uk.police}
     */
    public Optional<PlanStep> step(String routeId) {
        return getSteps().stream().filter(s -> s.getRouteId().equals(routeId)).findFirst();
    }

    /** {@return the route ids, in order} */
    public List<String> routeIds() {
        return getSteps().stream().map(PlanStep::getRouteId).toList();
    }

    /**
     * {@return whether the plan carries a warning}
     *
     * @param id a warning id
     */
    public boolean hasWarning(String id) {
        return getWarnings().stream().anyMatch(w -> w.getId().equals(id));
    }

    /** {@return a builder} */
    public static ImmutablePlan.Builder builder() {
        return ImmutablePlan.builder();
    }

    @Override
    public void collectProblems(Problems problems) {
        java.util.Set<String> warningIds = new java.util.HashSet<>();
        getWarnings().forEach(w -> warningIds.add(w.getId()));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < getSteps().size(); i++) {
            PlanStep s = getSteps().get(i);
            if (!seen.add(s.getRouteId())) {
                problems.add("steps/" + i + "/routeId", "repeats an earlier step's route", "List each route once.");
            }
            for (int j = 0; j < s.getWarningIds().size(); j++) {
                if (!warningIds.contains(s.getWarningIds().get(j))) {
                    problems.add("steps/" + i + "/warningIds/" + j, "names a warning the plan does not carry",
                            "Add the warning to 'warnings'.");
                }
            }
            if (i > 0 && s.getPhase().compareTo(getSteps().get(i - 1).getPhase()) < 0) {
                problems.add("steps/" + i + "/phase", "comes before the previous step's phase",
                        "Order steps by phase: safety, evidence, report, removal, escalation, legal, support.");
            }
        }
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
