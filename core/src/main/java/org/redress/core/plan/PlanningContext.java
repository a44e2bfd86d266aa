package org.redress.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.route.Route;
import org.redress.core.validation.Validation;

/**
 * What a plan is made with besides the case: the moment it is made for, and the host app's own routes.
 *
 * <p>{@code routeOverrides} replace a pack's route of the same id (for example an NGO's own contact details for a
 * helpline). {@code extraSupport} adds the host's own support services (kind {@code HELPLINE} or {@code SUPPORT})
 * to every plan whose jurisdiction they serve, without forking the pack.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanningContext.class)
@JsonDeserialize(as = ImmutablePlanningContext.class)
public abstract class PlanningContext {

    /** {@return the moment the plan is made for} Planning is deterministic for a given case and context. */
    @NotNull
    public abstract OffsetDateTime asOf();

    /** {@return routes that replace the pack's route of the same id} */
    @NotNull
    public abstract List<@NotNull @Valid Route> routeOverrides();

    /** {@return the host's own support services, added to plans in the jurisdictions they serve} */
    @NotNull
    public abstract List<@NotNull @Valid Route> extraSupport();

    /**
     * {@return the override for a route id, if the host gave one}
     *
     * @param routeId the id of a pack's route
     */
    public Optional<Route> override(String routeId) {
        return routeOverrides().stream().filter(r -> r.id().equals(routeId)).findFirst();
    }

    /**
     * {@return a context for planning at {@code asOf}, with no host routes}
     *
     * @param asOf the moment of planning: deadlines and ages are read against it
     */
    public static PlanningContext at(OffsetDateTime asOf) {
        return ImmutablePlanningContext.builder().asOf(asOf).build();
    }

    /** {@return a context for planning now (UTC)} */
    public static PlanningContext now() {
        return at(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** {@return a builder} */
    public static ImmutablePlanningContext.Builder builder() {
        return ImmutablePlanningContext.builder();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
