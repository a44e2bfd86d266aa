package org.redress.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;
import org.redress.core.internal.CheckedWhenBuilt;
import org.redress.core.validation.Validation;

/**
 * Why a step is in the plan: the facts of the case that triggered it, and the incidents they come from.
 *
 * @since 1.0
 */
@Value.Immutable
@CheckedWhenBuilt
@JsonSerialize(as = ImmutableReason.class)
@JsonDeserialize(as = ImmutableReason.class)
public abstract class Reason {

    /** {@return the reason, in plain language} */
    @NotBlank
    @Size(max = 2000)
    public abstract String text();

    /** {@return the incidents that triggered it} */
    @NotNull
    public abstract List<@NotBlank String> incidentIds();

    /**
     * {@return a reason tied to incidents}
     *
     * @param text the reason in plain language
     * @param incidentIds ids of the case's incidents it rests on
     */
    public static Reason of(String text, List<String> incidentIds) {
        return ImmutableReason.builder().text(text).incidentIds(incidentIds).build();
    }

    /**
     * {@return a reason tied to no particular incident}
     *
     * @param text the reason in plain language
     */
    public static Reason of(String text) {
        return ImmutableReason.builder().text(text).build();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
