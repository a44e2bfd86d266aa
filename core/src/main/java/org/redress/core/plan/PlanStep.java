package org.redress.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.document.MissingItem;
import org.redress.core.internal.CheckedWhenBuilt;
import org.redress.core.model.RouteIds;
import org.redress.core.route.LegalBasis;
import org.redress.core.route.Route;
import org.redress.core.validation.Validated;
import org.redress.core.validation.Validation;

/**
 * One step of a plan: a route, why it applies, the law it may rest on, what is missing, and its warnings.
 *
 * @since 1.0
 */
@Value.Immutable
@CheckedWhenBuilt
@JsonSerialize(as = ImmutablePlanStep.class)
@JsonDeserialize(as = ImmutablePlanStep.class)
public abstract class PlanStep implements Validated {

    /** {@return the route's id (the same as {@code route().id()})} */
    @NotNull
    @Pattern(regexp = RouteIds.PATTERN, message = RouteIds.MESSAGE)
    public abstract String routeId();

    /** {@return the phase} */
    @NotNull
    public abstract StepPhase phase();

    /** {@return the route, with its contacts and sources, as the plan used it (host overrides applied)} */
    @NotNull
    @Valid
    public abstract Route route();

    /** {@return why it applies; at least one reason} */
    @NotEmpty
    public abstract List<@NotNull @Valid Reason> reasons();

    /** {@return offences or civil grounds the conduct may amount to, with citations} Never legal advice. */
    @NotNull
    public abstract List<@NotNull @Valid LegalBasis> possibleOffences();

    /** {@return what the case still lacks for this step} */
    @NotNull
    public abstract List<@NotNull @Valid MissingItem> missing();

    /** {@return steps that should come first or strengthen this one} */
    @NotNull
    public abstract List<@NotNull @Valid Dependency> dependsOn();

    /** {@return ids of the plan's warnings that apply to this step} */
    @NotNull
    public abstract List<@NotBlank String> warningIds();

    /** {@return kinds of the documents this step uses (see {@link JurisdictionPack#documentKinds()})} */
    @NotNull
    public abstract List<@NotBlank String> documentKinds();

    /** {@return when something must happen by, such as the end of a platform's 48 hours to remove an image} */
    public abstract Optional<OffsetDateTime> deadline();

    /** {@return the id of a report in the case that already covers this step, if any} */
    public abstract Optional<@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
            message = "is not a report id|Use the id of a report in the case's 'reports'.") String> doneByReportId();

    /** {@return notes about unverified facts this step relies on; outputs must show them} */
    @NotNull
    public abstract List<@NotBlank String> unverifiedNotes();

    /** {@return a builder} */
    public static ImmutablePlanStep.Builder builder() {
        return ImmutablePlanStep.builder();
    }

    @Override
    public void collectProblems(Problems problems) {
        if (route() != null && routeId() != null && !route().id().equals(routeId())) {
            problems.add("routeId", "differs from the route's own id", "Use the route's id.");
        }
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
