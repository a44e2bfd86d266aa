package org.redress.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;
import org.redress.core.internal.CheckedWhenBuilt;
import org.redress.core.model.RouteIds;
import org.redress.core.validation.Validation;

/**
 * A step that should come before another, or that strengthens it: a platform's response before Report Harmful
 * Content; a crime reference number before an injunction application.
 *
 * @since 1.0
 */
@Value.Immutable
@CheckedWhenBuilt
@JsonSerialize(as = ImmutableDependency.class)
@JsonDeserialize(as = ImmutableDependency.class)
public abstract class Dependency {

    /** {@return the route that should come first} */
    @NotNull
    @Pattern(regexp = RouteIds.PATTERN, message = RouteIds.MESSAGE)
    public abstract String routeId();

    /** {@return whether the step cannot be taken without it (otherwise it only helps)} */
    @Value.Default
    public boolean required() {
        return false;
    }

    /** {@return why the step depends on that route, in plain language} */
    @NotBlank
    @Size(max = 1000)
    public abstract String why();

    /**
     * {@return a dependency}
     *
     * @param routeId the id of the route this step depends on
     * @param required whether the step cannot be taken without it (otherwise it only helps)
     * @param why why, in plain language
     */
    public static Dependency of(String routeId, boolean required, String why) {
        return ImmutableDependency.builder().routeId(routeId).required(required).why(why).build();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
