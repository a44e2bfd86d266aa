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

    /** {@return the case's id} */
    @NotBlank
    public abstract String caseId();

    /** {@return the case's jurisdiction} */
    @NotNull
    public abstract Jurisdiction jurisdiction();

    /** {@return the id of the pack that made the plan, such as {@code uk}} */
    @NotBlank
    public abstract String packId();

    /** {@return the moment the plan was made for (deadlines are computed from it)} */
    @NotNull
    public abstract OffsetDateTime asOf();

    /** {@return the steps, in order} */
    @NotNull
    public abstract List<@NotNull @Valid PlanStep> steps();

    /** {@return the warnings, most serious first} */
    @NotNull
    public abstract List<@NotNull @Valid Warning> warnings();

    /** {@return the statement that the plan is not legal advice} */
    @Value.Default
    @Size(min = 1, max = 2000)
    public String disclaimer() {
        return NOT_LEGAL_ADVICE;
    }

    /**
     * {@return the step for a route, if the plan has one}
     *
     * @param routeId a route id, such as {@code uk.police}
     */
    public Optional<PlanStep> step(String routeId) {
        return steps().stream().filter(s -> s.routeId().equals(routeId)).findFirst();
    }

    /** {@return the route ids, in order} */
    public List<String> routeIds() {
        return steps().stream().map(PlanStep::routeId).toList();
    }

    /**
     * {@return whether the plan carries a warning}
     *
     * @param id a warning id
     */
    public boolean hasWarning(String id) {
        return warnings().stream().anyMatch(w -> w.id().equals(id));
    }

    /** {@return a builder} */
    public static ImmutablePlan.Builder builder() {
        return ImmutablePlan.builder();
    }

    @Override
    public void collectProblems(Problems problems) {
        java.util.Set<String> warningIds = new java.util.HashSet<>();
        warnings().forEach(w -> warningIds.add(w.id()));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < steps().size(); i++) {
            PlanStep s = steps().get(i);
            if (!seen.add(s.routeId())) {
                problems.add("steps/" + i + "/routeId", "repeats an earlier step's route", "List each route once.");
            }
            for (int j = 0; j < s.warningIds().size(); j++) {
                if (!warningIds.contains(s.warningIds().get(j))) {
                    problems.add("steps/" + i + "/warningIds/" + j, "names a warning the plan does not carry",
                            "Add the warning to 'warnings'.");
                }
            }
            if (i > 0 && s.phase().compareTo(steps().get(i - 1).phase()) < 0) {
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
